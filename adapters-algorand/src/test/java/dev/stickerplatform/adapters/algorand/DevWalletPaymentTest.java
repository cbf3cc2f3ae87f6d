package dev.stickerplatform.adapters.algorand;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.adapters.algorand.simulated.SimulatedLedger;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.Chain.TxParams;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The development wallet's payment (what `wallet pay` prints) is one the ledger accepts, note and all. */
class DevWalletPaymentTest {

    @Test
    void aSignedPaymentConfirmsWithItsNote() {
        try (SimulatedLedger ledger = new SimulatedLedger()) {
            DevWallet creator = DevWallet.generate();
            DevWallet deployer = DevWallet.generate();
            ledger.fund(creator.address(), MicroAlgos.ofAlgo(2));
            Round first = ledger.currentRound().next();
            TxParams params = new TxParams(MicroAlgos.of(SimulatedLedger.MIN_FEE), 0, first, first.plus(999),
                    ledger.genesisId(), ledger.genesisHash());

            TxId txId = ledger.submit(List.of(creator.signPayment(deployer.address(),
                    MicroAlgos.of(551_500), "stickerplatform:deployment:" + creator.address(), params))).getFirst();
            ledger.produceBlock();

            var payment = ledger.payment(txId).orElseThrow();
            assertThat(payment.sender()).isEqualTo(creator.address());
            assertThat(payment.receiver()).isEqualTo(deployer.address());
            assertThat(payment.amount()).isEqualTo(MicroAlgos.of(551_500));
            assertThat(new String(payment.note(), StandardCharsets.UTF_8))
                    .isEqualTo("stickerplatform:deployment:" + creator.address());
        }
    }
}
