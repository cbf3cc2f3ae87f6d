package dev.stickerplatform.adapters.algorand;

import dev.stickerplatform.adapters.algorand.simulated.SimulatedLedger;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.ChainContractTest;
import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.TestKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

class SimulatedChainContractTest extends ChainContractTest {
    private SimulatedLedger ledger;
    private SimulatedChain chain;

    @BeforeEach
    void startLedger() {
        ledger = new SimulatedLedger();
        chain = new SimulatedChain(ledger);
    }

    @AfterEach
    void stopLedger() {
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
