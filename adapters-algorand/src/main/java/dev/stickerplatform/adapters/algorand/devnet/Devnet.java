package dev.stickerplatform.adapters.algorand.devnet;

import com.algorand.algosdk.account.Account;
import dev.stickerplatform.domain.model.Address;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local Algorand network without Docker: the simulated ledger served as an algod node (v2 REST API, LocalNet's
 * port and token) whose state lives in a directory. Blocks come every {@code blockTime}, or one per submitted group
 * (dev mode, {@code blockTime} zero). A genesis dispenser account, generated at the first start and kept in the data
 * directory, holds most of the supply: its mnemonic is how a developer (or {@code devnet fund}) pays from it.
 */
public final class Devnet implements AutoCloseable {
    /** LocalNet's algod port and API token, so AlgoKit and SDK examples work unchanged. */
    public static final int PORT = 4001;
    public static final String TOKEN = "a".repeat(64);
    public static final Duration DEFAULT_BLOCK_TIME = Duration.ofMillis(2800);
    /** What the dispenser gets at genesis: a billion ALGO (the rest of the supply stays in the genesis reserve). */
    public static final long DISPENSER_FUNDS = 1_000_000_000_000_000L;
    static final String JOURNAL = "blocks.journal";
    static final String DISPENSER_FILE = "dispenser.mnemonic";
    private static final Logger LOG = LoggerFactory.getLogger(Devnet.class);

    private final Options options;
    private final BlockJournal journal;
    private final AlgodNode node;
    private final DevnetServer server;
    private final Account dispenser;
    private final ScheduledExecutorService blocks;

    /** Where and how the devnet runs. {@code blockTime} zero is dev mode: a block per submitted group. */
    public record Options(Path data, InetAddress host, int port, String token, Duration blockTime) {
        public Options {
            Objects.requireNonNull(data, "data");
            Objects.requireNonNull(host, "host");
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0..65535");
            }
            if (token == null || token.isBlank()) {
                throw new IllegalArgumentException("the API token must not be empty");
            }
            if (blockTime.isNegative()) {
                throw new IllegalArgumentException("--block-time must not be negative");
            }
        }

        public static Options defaults(Path data) {
            return new Options(data, InetAddress.getLoopbackAddress(), PORT, TOKEN, DEFAULT_BLOCK_TIME);
        }

        public Options withPort(int newPort) {
            return new Options(data, host, newPort, token, blockTime);
        }

        public Options withBlockTime(Duration newBlockTime) {
            return new Options(data, host, port, token, newBlockTime);
        }

        public boolean devMode() {
            return blockTime.isZero();
        }
    }

    private Devnet(Options options, BlockJournal journal, AlgodNode node, Account dispenser) throws IOException {
        this.options = options;
        this.journal = journal;
        this.node = node;
        this.dispenser = dispenser;
        this.server = DevnetServer.start(node, options.host(), options.port(), options.token());
        if (options.devMode()) {
            this.blocks = null;
        } else {
            this.blocks = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "devnet-blocks");
                thread.setDaemon(true);
                return thread;
            });
            long nanos = options.blockTime().toNanos();
            blocks.scheduleAtFixedRate(this::tick, nanos, nanos, TimeUnit.NANOSECONDS);
        }
    }

    /** Opens the data directory (creating it, the journal and the dispenser on first use) and starts serving. */
    public static Devnet start(Options options) throws IOException {
        Files.createDirectories(options.data());
        Account dispenser = dispenser(options.data().resolve(DISPENSER_FILE));
        BlockJournal journal = BlockJournal.open(options.data().resolve(JOURNAL), Instant.now());
        try {
            boolean fresh = journal.isNew();
            AlgodNode node = AlgodNode.replaying(journal, options.devMode());
            if (fresh) {
                node.fund(new Address(dispenser.getAddress().toString()), DISPENSER_FUNDS);
            }
            return new Devnet(options, journal, node, dispenser);
        } catch (IOException | RuntimeException e) {
            journal.close();
            throw e;
        }
    }

    private void tick() {
        try {
            node.produceBlock();
        } catch (RuntimeException e) {
            // a failing tick must not cancel every later block
            LOG.error("devnet could not produce a block", e);
        }
    }

    private static Account dispenser(Path file) throws IOException {
        try {
            if (Files.exists(file)) {
                return new Account(Files.readString(file, StandardCharsets.US_ASCII).strip());
            }
            Account created = new Account();
            Path partial = file.resolveSibling(file.getFileName() + ".new");
            Files.deleteIfExists(partial);
            try {
                Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(partial);
            }
            Files.writeString(partial, created.toMnemonic() + "\n", StandardCharsets.US_ASCII);
            Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return created;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot read or make the dispenser key in " + file + ": " + e.getMessage(), e);
        }
    }

    /** The dispenser's mnemonic as kept in {@code data}, for {@code devnet fund}. */
    public static String dispenserMnemonic(Path data) throws IOException {
        Path file = data.resolve(DISPENSER_FILE);
        if (!Files.exists(file)) {
            throw new IOException("no devnet in " + data + " (no " + DISPENSER_FILE + "): start `devnet --data "
                    + data + "` first");
        }
        return Files.readString(file, StandardCharsets.US_ASCII).strip();
    }

    public URI url() {
        return URI.create("http://" + options.host().getHostAddress() + ":" + server.port());
    }

    public int port() {
        return server.port();
    }

    public String token() {
        return options.token();
    }

    public Address dispenserAddress() {
        return new Address(dispenser.getAddress().toString());
    }

    public String dispenserMnemonic() {
        return dispenser.toMnemonic();
    }

    public AlgodNode node() {
        return node;
    }

    public Options options() {
        return options;
    }

    @Override
    public void close() {
        if (blocks != null) {
            blocks.shutdownNow();
            try {
                blocks.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        server.close();
        try {
            journal.close();
        } catch (IOException e) {
            LOG.warn("devnet journal did not close cleanly: {}", e.toString());
        }
        node.ledger().close();
    }
}
