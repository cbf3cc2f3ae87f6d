package dev.stickerplatform.adapters.algorand.devnet;

import com.algorand.algosdk.v2.client.model.AppCallLogs;
import dev.stickerplatform.adapters.algorand.simulated.KnownProgram;
import dev.stickerplatform.adapters.algorand.simulated.SimulatedLedger;
import dev.stickerplatform.adapters.algorand.tipproxy.TipProxyPrograms;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.Hash32;
import dev.stickerplatform.domain.model.Hashes;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.TxId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import org.msgpack.core.MessagePack;
import org.msgpack.core.MessageUnpacker;

/**
 * The ledger as an algod node sees it: a {@link SimulatedLedger} plus what a node keeps beside it and the simulated
 * ledger does not (the signed bytes of every transaction, the programs its compiler produced), optionally a
 * {@link BlockJournal} that makes every change durable, plus the knobs tests turn (pruned history, congestion,
 * forged inner-call logs).
 *
 * <p>Writes (submit, block, fund) go through this class, one at a time, so the journal records them in the order
 * the ledger applied them; replaying the journal into a fresh ledger gives the same state.
 */
public final class AlgodNode {
    private final SimulatedLedger ledger;
    private final NodeClock clock;
    private final BlockJournal journal;
    private final boolean blockPerGroup;
    private final ReentrantLock writes = new ReentrantLock();
    private final Map<TxId, byte[]> signed = new ConcurrentHashMap<>();
    private final Map<Hash32, byte[]> programs = new ConcurrentHashMap<>();
    private final Map<Long, List<AppCallLogs>> extraLogs = new ConcurrentHashMap<>();
    private final Map<TxId, String> poolErrors = new ConcurrentHashMap<>();
    private volatile long oldestHeldRound;
    private volatile long feePerByte;

    /** A node over {@code ledger}, in memory only, blocks produced by whoever drives the ledger (tests). */
    public AlgodNode(SimulatedLedger ledger) {
        this(ledger, null, null, false);
    }

    private AlgodNode(SimulatedLedger ledger, NodeClock clock, BlockJournal journal, boolean blockPerGroup) {
        this.ledger = ledger;
        this.clock = clock;
        this.journal = journal;
        this.blockPerGroup = blockPerGroup;
        TipProxyPrograms compiled = compiledTipProxy();
        programs.put(compiled.approvalHash(), compiled.approval());
        programs.put(compiled.clearHash(), compiled.clear());
    }

    /**
     * A durable node: replays {@code journal} into a fresh ledger, then records every later change in it.
     *
     * @param blockPerGroup dev mode: every accepted group is committed at once in a block of its own
     */
    static AlgodNode replaying(BlockJournal journal, boolean blockPerGroup) throws IOException {
        NodeClock clock = new NodeClock(journal.genesisTime());
        SimulatedLedger ledger = new SimulatedLedger(new SimulatedLedger.Config(Duration.ZERO, clock,
                List.of(KnownProgram.tipProxy(compiledTipProxy()))));
        AlgodNode node = new AlgodNode(ledger, clock, journal, blockPerGroup);
        journal.replay(new BlockJournal.Replay() {
            @Override
            public void submitted(List<byte[]> group) {
                node.remember(group, ledger.submit(group));
            }

            @Override
            public void block(Instant timestamp) {
                clock.set(timestamp);
                ledger.produceBlock();
            }

            @Override
            public void funded(Address address, long microAlgos) {
                ledger.fund(address, MicroAlgos.of(microAlgos));
            }
        });
        return node;
    }

    /** A ledger that runs TipProxy as this node's compiler emits it, with blocks produced on demand. */
    public static SimulatedLedger newLedger() {
        return new SimulatedLedger(new SimulatedLedger.Config(Duration.ZERO, Clock.systemUTC(),
                List.of(KnownProgram.tipProxy(compiledTipProxy()))));
    }

    /** TipProxy as {@link #assemble} turns its TEAL into "bytecode". */
    public static TipProxyPrograms compiledTipProxy() {
        return TipProxyPrograms.compiled(AlgodNode::assemble);
    }

    /**
     * The node's stand-in for algod's assembler: a TEAL v8 version byte and a digest of the source. Deterministic,
     * so the ledger recognises what the chain deploys, and nothing like the source text, so a test notices if the
     * source is deployed uncompiled.
     */
    public static byte[] assemble(byte[] source) {
        byte[] digest = Hashes.sha512_256("algod-double teal".getBytes(StandardCharsets.US_ASCII), source);
        byte[] program = new byte[1 + digest.length];
        program[0] = 0x08;
        System.arraycopy(digest, 0, program, 1, digest.length);
        return program;
    }

    public SimulatedLedger ledger() {
        return ledger;
    }

    byte[] compile(byte[] source) {
        byte[] program = assemble(source);
        programs.put(Hash32.of(Hashes.sha512_256(program)), program);
        return program;
    }

    Optional<byte[]> program(Hash32 hash) {
        return Optional.ofNullable(programs.get(hash));
    }

    /**
     * Submits a group to the ledger and remembers its signed bytes, as algod's pool and blocks do; journals it; in
     * dev mode commits it in a block at once.
     */
    public List<TxId> submit(List<byte[]> group) {
        writes.lock();
        try {
            List<TxId> ids = ledger.submit(group);
            remember(group, ids);
            if (journal != null) {
                journal.submitted(group);
            }
            if (blockPerGroup) {
                produceBlock();
            }
            return ids;
        } finally {
            writes.unlock();
        }
    }

    private void remember(List<byte[]> group, List<TxId> ids) {
        for (int i = 0; i < ids.size(); i++) {
            signed.put(ids.get(i), group.get(i).clone());
        }
    }

    /** Commits the pool as the next round; with a journal, the block is on disk (fsync) before it exists. */
    public Round produceBlock() {
        writes.lock();
        try {
            if (journal != null) {
                Instant now = Instant.now();
                clock.set(now);
                journal.block(now);
            }
            return ledger.produceBlock();
        } finally {
            writes.unlock();
        }
    }

    /** Pays {@code microAlgos} from the genesis dispenser outside any block (durable before it is applied). */
    public void fund(Address address, long microAlgos) {
        writes.lock();
        try {
            if (journal != null) {
                journal.funded(address, microAlgos);
            }
            ledger.fund(address, MicroAlgos.of(microAlgos));
        } finally {
            writes.unlock();
        }
    }

    Optional<byte[]> signedBytes(TxId txId) {
        return Optional.ofNullable(signed.get(txId));
    }

    /** Everything that confirmed, for lookups a node answers from its ledger (who created an app, and how). */
    Map<TxId, byte[]> allSigned() {
        return Map.copyOf(signed);
    }

    /** algod dropped {@code txId} from its pool with {@code error} (it was never submitted to the ledger here). */
    public void dropFromPool(TxId txId, byte[] signedBytes, String error) {
        signed.put(txId, signedBytes.clone());
        poolErrors.put(txId, error);
    }

    Optional<String> poolError(TxId txId) {
        return Optional.ofNullable(poolErrors.get(txId));
    }

    /** Logs algod would list for round {@code round} beyond the ledger's own, e.g. those of inner app calls. */
    public void addLogs(Round round, AppCallLogs entry) {
        extraLogs.computeIfAbsent(round.value(), r -> new CopyOnWriteArrayList<>()).add(entry);
    }

    List<AppCallLogs> extraLogs(long round) {
        return extraLogs.getOrDefault(round, List.of());
    }

    /** Makes the node forget every round before {@code round}, as a non-archival node does. */
    public void forgetRoundsBefore(long round) {
        oldestHeldRound = round;
    }

    /** A round this node serves: produced, and not forgotten. */
    boolean holds(long round) {
        return round >= oldestHeldRound && round <= ledger.currentRound().value();
    }

    /** The fee per byte the node asks for, as under congestion. */
    public void congest(long microAlgosPerByte) {
        feePerByte = microAlgosPerByte;
    }

    long feePerByte() {
        return feePerByte;
    }

    /** Splits a POST body of concatenated msgpack signed transactions, as algod reads it. */
    public static List<byte[]> split(byte[] body) throws IOException {
        List<byte[]> parts = new ArrayList<>();
        try (MessageUnpacker unpacker = MessagePack.newDefaultUnpacker(body)) {
            long start = 0;
            while (unpacker.hasNext()) {
                unpacker.skipValue();
                long end = unpacker.getTotalReadBytes();
                parts.add(Arrays.copyOfRange(body, (int) start, (int) end));
                start = end;
            }
        }
        if (parts.isEmpty()) {
            throw new IOException("empty txgroup");
        }
        return parts;
    }

    /** The ledger's clock: the time the node decided for the block being produced. */
    static final class NodeClock extends Clock {
        private volatile Instant now;

        NodeClock(Instant start) {
            this.now = start;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
