package dev.stickerplatform.adapters.algorand;

import dev.stickerplatform.adapters.algorand.devnet.AlgodNode;
import dev.stickerplatform.adapters.algorand.simulated.SimulatedLedger;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.ChainWrite;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.port.ChainRejectedException;
import dev.stickerplatform.domain.port.ChainUnavailableException;
import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.TestKeys;
import dev.stickerplatform.domain.port.TxnRequest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How AlgodChain meets a node that fails, is slow, refuses, or goes away and comes back. */
class AlgodChainFaultTest {
    private final SimulatedLedger ledger = AlgodNode.newLedger();
    private final AlgodDouble algod = AlgodDouble.start(ledger);
    private final AlgodChain chain = new AlgodChain(algod.config());

    @AfterEach
    void stop() {
        algod.close();
        ledger.close();
    }

    @Test
    void aServerErrorIsRetriedAndTheAnswerThatFollowsIsUsed() {
        algod.failNext(2, 500, "failed retrieving node status");

        assertThat(chain.currentRound()).isEqualTo(Round.ZERO);
        assertThat(algod.requests()).isEqualTo(3);
    }

    @Test
    void aNodeThatKeepsFailingIsUnavailableAfterTheConfiguredAttempts() {
        algod.failNext(3, 503, "WaitForBlock failed as the node was catchpoint catchuping");

        assertThatThrownBy(chain::currentRound).isInstanceOf(ChainUnavailableException.class)
                .hasMessageContaining("after 3 attempt(s)").hasMessageContaining("HTTP 503");
        assertThat(algod.requests()).isEqualTo(3);
    }

    @Test
    void anOutageIsNeverReadAsAnAbsentApp() {
        algod.failNext(3, 500, "failed to retrieve information from the ledger");

        assertThatThrownBy(() -> chain.appGlobalState(AppId.of(1001))).isInstanceOf(ChainUnavailableException.class);
    }

    @Test
    void aNotFoundRouteIsAMisconfigurationNotAnAbsentApp() {
        algod.failNext(1, 404, "Not Found");

        assertThatThrownBy(() -> chain.appGlobalState(AppId.of(1001))).isInstanceOf(ChainUnavailableException.class)
                .hasMessageContaining("HTTP 404");
    }

    @Test
    void aClientErrorOnAReadIsReportedAtOnceWithAlgodsMessage() {
        algod.failNext(1, 400, "failed to parse the address");

        assertThatThrownBy(() -> chain.account(TestKeys.newAddress())).isInstanceOf(ChainUnavailableException.class)
                .hasMessageContaining("HTTP 400").hasMessageContaining("failed to parse the address");
        assertThat(algod.requests()).isEqualTo(1);
    }

    @Test
    void aWrongTokenIsAConfigurationErrorNotRetried() {
        AlgodChain intruder = new AlgodChain(new AlgodConfig(algod.config().url(), "b".repeat(64),
                AlgodConfig.ALGOD_TOKEN_HEADER, Duration.ofSeconds(2), 3, Duration.ZERO));

        assertThatThrownBy(intruder::currentRound).isInstanceOf(ChainUnavailableException.class)
                .hasMessageContaining("refused the API token").hasMessageNotContaining("b".repeat(64));
        assertThat(algod.requests()).isEqualTo(1);
    }

    @Test
    void aRefusedTransactionCarriesAlgodsReasonMadePlain() {
        Signer payer = funded(MicroAlgos.ofAlgo(5));
        ChainWrite write = chain.sign(payment(payer, MicroAlgos.ofAlgo(1)), payer);
        algod.failNext(1, 400, "TransactionPool.Remember: transaction " + write.txId() + ": overspend (account "
                + payer.address() + ", data {AccountBaseData:{Status:Offline MicroAlgos:{Raw:0}}}, tried to spend "
                + "{1001000})");

        assertThatThrownBy(() -> chain.submit(write)).isInstanceOfSatisfying(ChainRejectedException.class,
                e -> assertThat(e.reason()).isEqualTo("overspend: account " + payer.address()
                        + " cannot pay 1001000 µALGO from its balance"));
    }

    @Test
    void aSlowAnswerTimesOutAndTheRetryIsAnswered() {
        AlgodChain impatient = new AlgodChain(algod.config().withRequestTimeout(Duration.ofMillis(300)));
        algod.delayNext(1, Duration.ofSeconds(1));

        long start = System.nanoTime();
        assertThat(impatient.currentRound()).isEqualTo(Round.ZERO);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        assertThat(algod.requests()).isEqualTo(2);
    }

    @Test
    void aNodeThatNeverAnswersInTimeIsUnavailable() {
        AlgodChain impatient = new AlgodChain(algod.config().withRequestTimeout(Duration.ofMillis(200))
                .withRetries(2, Duration.ofMillis(10)));
        algod.delayNext(2, Duration.ofSeconds(1));

        assertThatThrownBy(impatient::currentRound).isInstanceOf(ChainUnavailableException.class)
                .hasMessageContaining("no answer within 200 ms");
    }

    @Test
    void aSubmissionWhoseAnswerWasLostIsNotAnErrorWhenTheRetryFindsItAlreadyThere() {
        AlgodChain impatient = new AlgodChain(algod.config().withRequestTimeout(Duration.ofMillis(300)));
        Signer payer = funded(MicroAlgos.ofAlgo(5));
        ChainWrite write = impatient.sign(payment(payer, MicroAlgos.ofAlgo(1)), payer);
        algod.delayNext(1, Duration.ofSeconds(1));

        impatient.submit(write);

        assertThat(algod.requests("POST /v2/transactions")).isEqualTo(2);
        assertThat(ledger.isPending(write.txId())).isTrue();
    }

    @Test
    void aNodeThatGoesAwayIsUnavailableAndServesAgainWhenItComesBack() {
        Signer payer = funded(MicroAlgos.ofAlgo(5));
        algod.stop();

        assertThatThrownBy(chain::currentRound).isInstanceOf(ChainUnavailableException.class)
                .hasMessageContaining("did not answer");
        assertThatThrownBy(() -> chain.sign(payment(payer, MicroAlgos.ofAlgo(1)), payer))
                .isInstanceOf(ChainUnavailableException.class);

        algod.restart();
        ChainWrite write = chain.sign(payment(payer, MicroAlgos.ofAlgo(1)), payer);
        chain.submit(write);
        ledger.produceBlock();

        assertThat(chain.currentRound()).isEqualTo(Round.of(1));
        assertThat(chain.block(Round.of(1)).orElseThrow().round()).isEqualTo(Round.of(1));
    }

    private Signer funded(MicroAlgos amount) {
        Signer signer = TestKeys.newSigner();
        ledger.fund(signer.address(), amount);
        return signer;
    }

    private static TxnRequest payment(Signer payer, MicroAlgos amount) {
        return new TxnRequest.Payment(payer.address(), TestKeys.newAddress(), amount, null, null);
    }
}
