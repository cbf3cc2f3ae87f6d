package dev.stickerplatform.adapters.algorand;

import dev.stickerplatform.adapters.algorand.devnet.AlgodNode;
import dev.stickerplatform.adapters.algorand.simulated.KnownProgram;
import dev.stickerplatform.adapters.algorand.simulated.SimulatedLedger;
import java.util.List;

/**
 * The algod double for tests outside this module (shipped in the test-jar): a local HTTP algod over a simulated
 * ledger, an {@link AlgodChain} pointed at it, and the count of requests it served.
 */
public final class AlgodTestNode implements AutoCloseable {
    private final SimulatedLedger ledger = AlgodNode.newLedger();
    private final AlgodDouble algod = AlgodDouble.start(ledger);
    private final AlgodChain chain = new AlgodChain(algod.config());

    public static AlgodTestNode start() {
        return new AlgodTestNode();
    }

    public AlgodChain chain() {
        return chain;
    }

    /** Where the node listens and its API token, as a process configured with {@code ALGOD_URL} would reach it. */
    public AlgodConfig config() {
        return algod.config();
    }

    public SimulatedLedger ledger() {
        return ledger;
    }

    /** TipProxy as this node's compiler emits it, for installing apps directly into the ledger. */
    public KnownProgram tipProxy() {
        return KnownProgram.tipProxy(AlgodNode.compiledTipProxy());
    }

    /** Submits a signed group as a client would (so the node tracks it like any other). */
    public void submit(List<byte[]> signedGroup) {
        algod.node.submit(signedGroup);
    }

    public int requests() {
        return algod.requests();
    }

    @Override
    public void close() {
        algod.close();
        ledger.close();
    }
}
