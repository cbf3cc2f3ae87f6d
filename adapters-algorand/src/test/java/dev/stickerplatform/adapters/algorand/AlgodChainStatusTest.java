package dev.stickerplatform.adapters.algorand;

import dev.stickerplatform.adapters.algorand.devnet.AlgodNode;
import dev.stickerplatform.adapters.algorand.simulated.SimulatedLedger;
import dev.stickerplatform.domain.model.ChainWrite;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.PlatformFee;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.port.Chain.TxStatus;
import dev.stickerplatform.domain.port.ChainUnavailableException;
import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.TestKeys;
import dev.stickerplatform.domain.port.TxnRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * "Dead" must be proven: algod's pending lookup forgets committed transactions after 1000 rounds, which alone would
 * make a write confirmed long ago look dead and get it rebuilt (a second mint). These tests walk past that horizon.
 */
class AlgodChainStatusTest {
    private final SimulatedLedger ledger = AlgodNode.newLedger();
    private final AlgodDouble algod = AlgodDouble.start(ledger);
    private final AlgodChain chain = new AlgodChain(algod.config());
    private final Signer platform = TestKeys.newSigner();

    @AfterEach
    void stop() {
        algod.close();
        ledger.close();
    }

    @Test
    void aWriteConfirmedBeyondTheLookupHorizonIsStillConfirmedWithWhatItCreated() {
        ledger.fund(platform.address(), MicroAlgos.ofAlgo(10));
        ChainWrite create = chain.sign(new TxnRequest.CreateTipProxy(platform.address(), TestKeys.newAddress(),
                platform.address(), platform.address(), MicroAlgos.ofAlgo(1), PlatformFee.NONE, null), platform);
        chain.submit(create);
        Round confirmedIn = ledger.produceBlock();
        TxStatus early = chain.status(create.txId(), create.lastValid());
        advanceTo(create.lastValid().plus(300));

        TxStatus late = chain.status(create.txId(), create.lastValid());

        assertThat(late).isEqualTo(early).isInstanceOfSatisfying(TxStatus.Confirmed.class, c -> {
            assertThat(c.round()).isEqualTo(confirmedIn);
            assertThat(c.createdApp()).isNotNull();
        });
        assertThat(algod.requests("GET /v2/blocks/{round}/txids")).isBetween(1, 301);
    }

    @Test
    void aWriteNeverSubmittedIsDeadOnceTheRoundsItCouldHaveLandedInAreReadBeyondTheHorizon() {
        ChainWrite lost = chain.sign(payment(), platform);
        advanceTo(lost.lastValid().plus(20));

        assertThat(chain.status(lost.txId(), lost.lastValid()))
                .isEqualTo(new TxStatus.Dead(lost.txId(), lost.lastValid(), ledger.currentRound()));
    }

    @Test
    void deathCannotBeProvenWhenTheNodeNoLongerHoldsTheRounds() {
        ChainWrite lost = chain.sign(payment(), platform);
        advanceTo(lost.lastValid().plus(20));
        algod.node.forgetRoundsBefore(ledger.currentRound().value() - 1000);

        assertThatThrownBy(() -> chain.status(lost.txId(), lost.lastValid()))
                .isInstanceOf(ChainUnavailableException.class).hasMessageContaining("cannot prove");
    }

    @Test
    void aWriteDroppedFromThePoolIsPendingWhileValidAndDeadAfterwards() throws Exception {
        ChainWrite dropped = chain.sign(payment(), platform);
        algod.node.dropFromPool(dropped.txId(), dropped.signedBytes(), "overspend");

        assertThat(chain.status(dropped.txId(), dropped.lastValid())).isEqualTo(new TxStatus.Pending(dropped.txId()));
        advanceTo(dropped.lastValid().next());
        assertThat(chain.status(dropped.txId(), dropped.lastValid())).isInstanceOf(TxStatus.Dead.class);
    }

    private TxnRequest payment() {
        return new TxnRequest.Payment(platform.address(), TestKeys.newAddress(), MicroAlgos.ofAlgo(1), null, null);
    }

    private void advanceTo(Round round) {
        while (ledger.currentRound().compareTo(round) < 0) {
            ledger.produceBlock();
        }
    }
}
