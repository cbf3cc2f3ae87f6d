package dev.stickerplatform.adapters.algorand;

import com.algorand.algosdk.v2.client.model.AppCallLogs;
import dev.stickerplatform.adapters.algorand.simulated.KnownProgram;
import dev.stickerplatform.adapters.algorand.simulated.SimulatedLedger;
import dev.stickerplatform.adapters.algorand.tipproxy.TipProxyPrograms;
import dev.stickerplatform.domain.model.Hash32;
import dev.stickerplatform.domain.model.Hashes;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.TxId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.msgpack.core.MessagePack;
import org.msgpack.core.MessageUnpacker;

/**
 * The ledger as the algod double sees it: a {@link SimulatedLedger} plus what a node keeps beside it and the
 * simulated ledger does not (the signed bytes of every transaction, the programs its compiler produced), plus the
 * knobs tests turn (pruned history, congestion, forged inner-call logs).
 */
final class DoubleLedger {
    final SimulatedLedger ledger;
    private final Map<TxId, byte[]> signed = new ConcurrentHashMap<>();
    private final Map<Hash32, byte[]> programs = new ConcurrentHashMap<>();
    private final Map<Long, List<AppCallLogs>> extraLogs = new ConcurrentHashMap<>();
    private final Map<Long, byte[]> servedBlocks = new ConcurrentHashMap<>();
    private final Map<TxId, String> poolErrors = new ConcurrentHashMap<>();
    private volatile long oldestHeldRound;
    private volatile long feePerByte;

    DoubleLedger(SimulatedLedger ledger) {
        this.ledger = ledger;
        TipProxyPrograms compiled = compiledTipProxy();
        programs.put(compiled.approvalHash(), compiled.approval());
        programs.put(compiled.clearHash(), compiled.clear());
    }

    /** A ledger that runs TipProxy as this double's compiler emits it, with blocks produced on demand. */
    static SimulatedLedger newLedger() {
        return new SimulatedLedger(new SimulatedLedger.Config(Duration.ZERO, Clock.systemUTC(),
                List.of(KnownProgram.tipProxy(compiledTipProxy()))));
    }

    /** TipProxy as {@link #assemble} turns its TEAL into "bytecode". */
    static TipProxyPrograms compiledTipProxy() {
        return TipProxyPrograms.compiled(DoubleLedger::assemble);
    }

    /**
     * The double's stand-in for algod's assembler: a TEAL v8 version byte and a digest of the source. Deterministic,
     * so the ledger recognises what the chain deploys, and nothing like the source text, so a test notices if the
     * source is deployed uncompiled.
     */
    static byte[] assemble(byte[] source) {
        byte[] digest = Hashes.sha512_256("algod-double teal".getBytes(StandardCharsets.US_ASCII), source);
        byte[] program = new byte[1 + digest.length];
        program[0] = 0x08;
        System.arraycopy(digest, 0, program, 1, digest.length);
        return program;
    }

    byte[] compile(byte[] source) {
        byte[] program = assemble(source);
        programs.put(Hash32.of(Hashes.sha512_256(program)), program);
        return program;
    }

    Optional<byte[]> program(Hash32 hash) {
        return Optional.ofNullable(programs.get(hash));
    }

    /** Submits a group to the ledger and remembers its signed bytes, as algod's pool and blocks do. */
    List<TxId> submit(List<byte[]> group) {
        List<TxId> ids = ledger.submit(group);
        for (int i = 0; i < ids.size(); i++) {
            signed.put(ids.get(i), group.get(i).clone());
        }
        return ids;
    }

    Optional<byte[]> signedBytes(TxId txId) {
        return Optional.ofNullable(signed.get(txId));
    }

    /** Everything that confirmed, for lookups a node answers from its ledger (who created an app, and how). */
    Map<TxId, byte[]> allSigned() {
        return Map.copyOf(signed);
    }

    /** algod dropped {@code txId} from its pool with {@code error} (it was never submitted to the ledger here). */
    void dropFromPool(TxId txId, byte[] signedBytes, String error) {
        signed.put(txId, signedBytes.clone());
        poolErrors.put(txId, error);
    }

    Optional<String> poolError(TxId txId) {
        return Optional.ofNullable(poolErrors.get(txId));
    }

    /** Logs algod would list for round {@code round} beyond the ledger's own, e.g. those of inner app calls. */
    void addLogs(Round round, AppCallLogs entry) {
        extraLogs.computeIfAbsent(round.value(), r -> new CopyOnWriteArrayList<>()).add(entry);
    }

    List<AppCallLogs> extraLogs(long round) {
        return extraLogs.getOrDefault(round, List.of());
    }

    /** Makes the node forget every round before {@code round}, as a non-archival node does. */
    void forgetRoundsBefore(long round) {
        oldestHeldRound = round;
    }

    /** A round this node serves: produced, and not forgotten. */
    /**
     * Serves {@code body} (a {@code GET /v2/blocks/{r}?format=msgpack} answer) for {@code round} instead of the
     * ledger's block: blocks as another node wrote them, or as no ledger would accept them.
     */
    void serveBlock(long round, byte[] body) {
        servedBlocks.put(round, body.clone());
    }

    Optional<byte[]> servedBlock(long round) {
        return Optional.ofNullable(servedBlocks.get(round));
    }

    boolean holds(long round) {
        if (servedBlocks.containsKey(round)) {
            return true;
        }
        return round >= oldestHeldRound && round <= ledger.currentRound().value();
    }

    void congest(long microAlgosPerByte) {
        feePerByte = microAlgosPerByte;
    }

    long feePerByte() {
        return feePerByte;
    }

    /** Splits a POST body of concatenated msgpack signed transactions, as algod reads it. */
    static List<byte[]> split(byte[] body) throws IOException {
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
}
