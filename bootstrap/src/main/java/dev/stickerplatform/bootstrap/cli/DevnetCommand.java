package dev.stickerplatform.bootstrap.cli;

import dev.stickerplatform.adapters.algorand.devnet.Devnet;
import dev.stickerplatform.adapters.algorand.devnet.DevnetFaucet;
import dev.stickerplatform.bootstrap.config.ConfigException;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;

/**
 * {@code devnet}: the simulated ledger as a local algod node (LocalNet's port 4001 and token) keeping its state in
 * {@code --data}; {@code devnet fund ADDRESS MICROALGOS} pays from its dispenser.
 */
public final class DevnetCommand {
    static final String DEFAULT_DATA = "devnet-data";

    private DevnetCommand() {
    }

    public static void run(String[] args, PrintStream out) throws Exception {
        if (args.length > 0 && args[0].equals("fund")) {
            fund(args, out);
            return;
        }
        if (args.length > 0 && (args[0].equals("help") || args[0].equals("--help"))) {
            out.println(usage());
            return;
        }
        String[] withCommand = new String[args.length + 1];
        withCommand[0] = "devnet";
        System.arraycopy(args, 0, withCommand, 1, args.length);
        CliOptions options = CliOptions.parse("devnet", withCommand);
        Devnet devnet = start(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            devnet.close();
            stopped.countDown();
        }, "devnet-shutdown"));
        describe(devnet, out);
        stopped.await();
    }

    static Devnet start(CliOptions options) throws IOException {
        Path data = Path.of(options.get("data", DEFAULT_DATA));
        Duration blockTime = options.has("dev") ? Duration.ZERO
                : CliOptions.duration(options.get("block-time", "2.8s"));
        Devnet.Options devnetOptions = Devnet.Options.defaults(data)
                .withPort(options.number("port", Devnet.PORT)).withBlockTime(blockTime);
        return Devnet.start(devnetOptions);
    }

    static void describe(Devnet devnet, PrintStream out) {
        var ledger = devnet.node().ledger();
        out.println("devnet: algod v2 API on " + devnet.url() + "  (X-Algo-API-Token: " + devnet.token() + ")");
        out.println("  genesis " + ledger.genesisId() + " " + ledger.genesisHash() + ", round "
                + ledger.currentRound().value() + ", "
                + (devnet.options().devMode() ? "dev mode (a block per submitted group)"
                : "a block every " + devnet.options().blockTime().toMillis() + " ms")
                + ", data in " + devnet.options().data().toAbsolutePath());
        out.println("  dispenser " + devnet.dispenserAddress().value() + " ("
                + ledger.account(devnet.dispenserAddress()).balance().value() + " µALGO)");
        out.println("  dispenser mnemonic: " + devnet.dispenserMnemonic());
        out.println("  try: curl -H 'X-Algo-API-Token: " + devnet.token() + "' " + devnet.url() + "/v2/status");
        out.flush();
    }

    private static void fund(String[] args, PrintStream out) throws Exception {
        if (args.length < 3 || args[1].startsWith("--") || args[2].startsWith("--")) {
            throw new ConfigException("usage: devnet fund ADDRESS MICROALGOS [--data DIR] [--algod URL] [--token T]");
        }
        String address = args[1];
        long amount;
        try {
            amount = Long.parseLong(args[2]);
        } catch (NumberFormatException e) {
            throw new ConfigException("devnet fund: MICROALGOS must be a whole number, got '" + args[2] + "'");
        }
        CliOptions options = CliOptions.parse("devnet fund", Arrays.copyOfRange(args, 2, args.length));
        Path data = Path.of(options.get("data", DEFAULT_DATA));
        URI algod = URI.create(options.get("algod", "http://127.0.0.1:" + Devnet.PORT));
        try {
            new dev.stickerplatform.domain.model.Address(address);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("devnet fund: not an Algorand address: " + address);
        }
        DevnetFaucet.Payment payment = DevnetFaucet.fund(algod, options.get("token", Devnet.TOKEN),
                Devnet.dispenserMnemonic(data), address, amount, Duration.ofSeconds(60));
        out.println("paid " + amount + " µALGO to " + address + " in round " + payment.round() + " (txid "
                + payment.txId() + ")");
    }

    static String usage() {
        return """
                devnet [--data DIR] [--port 4001] [--block-time 2.8s | --dev]
                    the simulated ledger as a local algod node (token 64 × a); state kept in DIR (default
                    ./devnet-data); --dev makes a block per submitted group
                devnet fund ADDRESS MICROALGOS [--data DIR] [--algod URL]
                    pays from the devnet's dispenser""";
    }
}
