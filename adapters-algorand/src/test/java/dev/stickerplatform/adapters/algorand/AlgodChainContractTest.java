package dev.stickerplatform.adapters.algorand;

import dev.stickerplatform.adapters.algorand.devnet.AlgodNode;
import dev.stickerplatform.adapters.algorand.simulated.SimulatedLedger;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.ChainContractTest;
import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.TestKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The Chain contract on {@link AlgodChain}, over HTTP, against the algod double backed by a simulated ledger. */
class AlgodChainContractTest extends ChainContractTest {
    private SimulatedLedger ledger;
    private AlgodDouble algod;
    private AlgodChain chain;

    @BeforeEach
    void startNode() {
        ledger = AlgodNode.newLedger();
        algod = AlgodDouble.start(ledger);
        chain = new AlgodChain(algod.config());
    }

    @AfterEach
    void stopNode() {
        algod.close();
        ledger.close();
    }

    @Override
    protected Chain chain() {
        return chain;
    }

    @Override
    protected Signer fundedSigner(MicroAlgos amount) {
        Signer signer = TestKeys.newSigner();
        ledger.fund(signer.address(), amount);
        return signer;
    }

    @Override
    protected void advanceRound() {
        ledger.produceBlock();
    }
}
