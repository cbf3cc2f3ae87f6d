package dev.stickerplatform.application.onramp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.adapters.algorand.tipproxy.TipProxyAbi;
import dev.stickerplatform.adapters.persistence.memory.SeededRandomness;
import dev.stickerplatform.application.CrashAfterSubmit;
import dev.stickerplatform.application.OneBlockPerWait;
import dev.stickerplatform.application.Testbed;
import dev.stickerplatform.application.tipjar.DeploymentConfig;
import dev.stickerplatform.application.tipjar.RegisterCreatorService;
import dev.stickerplatform.application.tipjar.TipJarDeployer;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.OnrampOrder;
import dev.stickerplatform.domain.model.OnrampStatus;
import dev.stickerplatform.domain.model.TipJar;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.SignerRole;
import dev.stickerplatform.domain.port.TestKeys;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Applying verified Transak webhook events on the in-memory store and the simulated chain: a COMPLETED order whose
 * ALGO is confirmed in the platform's account is recorded once as paid — the chain's amount, the fee split off in
 * exact µALGO — and its tip submitted once; a replay changes nothing and writes nothing; a payment not confirmed yet
 * records nothing; a payment to another account, or one already crediting another order, is refused; the kill point
 * after the tip's submit ends in one tip; unknown orders and statuses are ignored, and a disabled on-ramp does nothing.
 */
class OnrampWebhookServiceTest {
    static final int FEE_BPS = 250;
    final Testbed bed = new Testbed();
    final Chain waiting = new OneBlockPerWait(bed.chain, bed.ledger);
    final Address creator = TestKeys.newAddress();
    final Address fan = TestKeys.newAddress();
    final DevWallet transak = bed.fundedWallet();
    final TipJar jar = new RegisterCreatorService(bed.store, waiting, new TipJarDeployer(waiting, bed.store,
            bed.signers, bed.clock, DeploymentConfig.defaults()), new SeededRandomness(1), bed.clock,
            DeploymentConfig.defaults())
            .register(new RegisterCreatorService.Command(creator, null, MicroAlgos.ofAlgo(1))).tipJar();
    final OnrampConfig config = new OnrampConfig(true, false, "STAGING", null, new byte[32], FEE_BPS);
    final OnrampRouting routing = new OnrampRouting(bed.store, bed.chain, bed.signers, bed.clock);
    final OnrampWebhookService webhooks = webhooks(bed.chain, config);

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void aCompletedOrderPaidOnChainIsRecordedOnceAndItsTipSubmitted() {
        order("order-1");
        TxId payment = pay(platform(), MicroAlgos.ofAlgo(2));

        var result = webhooks.handle(completed("order-1", "evt-1", payment));

        OnrampOrder applied = ((OnrampWebhookService.Result.Applied) result).order();
        assertThat(applied.status()).isEqualTo(OnrampStatus.TIP_SUBMITTED);
        assertThat(applied.paymentTxId()).isEqualTo(payment);
        assertThat(applied.transakOrderId()).isEqualTo("transak-order-1");
        assertThat(applied.received()).isEqualTo(MicroAlgos.ofAlgo(2));
        assertThat(applied.platformFee()).isEqualTo(MicroAlgos.of(50_000));
        assertThat(applied.tipAmount()).isEqualTo(MicroAlgos.of(1_950_000));
        assertThat(stored("order-1").status()).isEqualTo(OnrampStatus.TIP_SUBMITTED);
        bed.block();
        assertThat(routing.refresh(stored("order-1")).status()).isEqualTo(OnrampStatus.TIP_SENT);
        assertThat(tipsOnChain()).isEqualTo(1);
    }

    @Test
    void aReplayedCompletedEventChangesNothingAndSendsNoSecondTip() {
        order("order-1");
        TxId payment = pay(platform(), MicroAlgos.ofAlgo(2));
        webhooks.handle(completed("order-1", "evt-1", payment));
        OnrampOrder once = stored("order-1");
        bed.block(); // the tip group confirms
        long transactions = bed.transactions();

        var replay = webhooks.handle(completed("order-1", "evt-1", payment));
        var anotherDelivery = webhooks.handle(completed("order-1", "evt-2", payment));

        assertThat(replay).isInstanceOf(OnrampWebhookService.Result.Unchanged.class);
        assertThat(anotherDelivery).isInstanceOf(OnrampWebhookService.Result.Unchanged.class);
        assertThat(stored("order-1").version()).isEqualTo(once.version());
        assertThat(stored("order-1").tipTxId()).isEqualTo(once.tipTxId());
        bed.block();
        assertThat(bed.transactions()).as("nothing written by the replays").isEqualTo(transactions);
        routing.followUp();
        assertThat(tipsOnChain()).isEqualTo(1);
    }

    @Test
    void aPaymentNotConfirmedYetRecordsNothingAndTheWebhookComingAgainIsApplied() {
        order("order-1");
        byte[] signed = transak.signPayment(platform(), MicroAlgos.ofAlgo(2), "transak", bed.chain.suggestedParams());
        TxId payment = bed.chain.submitSigned(List.of(signed)).getFirst();

        var early = webhooks.handle(completed("order-1", "evt-1", payment));

        assertThat(early).isInstanceOf(OnrampWebhookService.Result.AwaitingChain.class);
        assertThat(stored("order-1").status()).isEqualTo(OnrampStatus.PENDING);
        bed.block();

        var again = webhooks.handle(completed("order-1", "evt-1", payment));

        assertThat(again).isInstanceOf(OnrampWebhookService.Result.Applied.class);
        assertThat(stored("order-1").status()).isEqualTo(OnrampStatus.TIP_SUBMITTED);
    }

    @Test
    void aCompletedEventWithoutAUsableHashWaitsForTheChain() {
        order("order-1");

        assertThat(webhooks.handle(completed("order-1", "evt-1", null)))
                .isInstanceOf(OnrampWebhookService.Result.AwaitingChain.class);
        assertThat(webhooks.handle(new OnrampWebhookService.Event("evt-2", "transak-order-1", "order-1",
                "COMPLETED", "not-a-txid"))).isInstanceOf(OnrampWebhookService.Result.AwaitingChain.class);
        assertThat(stored("order-1").status()).isEqualTo(OnrampStatus.PENDING);
    }

    @Test
    void aPaymentToAnotherAccountIsRefusedAndNothingIsTipped() {
        order("order-1");
        TxId elsewhere = pay(TestKeys.newAddress(), MicroAlgos.ofAlgo(2));
        long transactions = bed.transactions();

        var result = webhooks.handle(completed("order-1", "evt-1", elsewhere));

        assertThat(result).isInstanceOf(OnrampWebhookService.Result.Refused.class);
        assertThat(stored("order-1").status()).isEqualTo(OnrampStatus.PENDING);
        assertThat(webhooks.handle(completed("order-1", "evt-1", elsewhere)))
                .as("refused again, still nothing recorded").isInstanceOf(OnrampWebhookService.Result.Refused.class);
        bed.block();
        assertThat(bed.transactions()).isEqualTo(transactions);
    }

    @Test
    void aPaymentAlreadyCreditingAnotherOrderIsRefused() {
        order("order-1");
        order("order-2");
        TxId payment = pay(platform(), MicroAlgos.ofAlgo(2));
        webhooks.handle(completed("order-1", "evt-1", payment));

        var result = webhooks.handle(completed("order-2", "evt-9", payment));

        assertThat(result).isInstanceOf(OnrampWebhookService.Result.Refused.class);
        assertThat(stored("order-2").status()).isEqualTo(OnrampStatus.PENDING);
        bed.block();
        routing.followUp();
        assertThat(tipsOnChain()).isEqualTo(1);
    }

    @Test
    void killedRightAfterSubmittingTheTipTheReplayAndTheFollowUpSendNoSecondTip() {
        order("order-1");
        TxId payment = pay(platform(), MicroAlgos.ofAlgo(2));
        var dying = new OnrampWebhookService(bed.store, bed.chain, bed.signers,
                new OnrampRouting(bed.store, new CrashAfterSubmit(bed.chain, 1), bed.signers, bed.clock), bed.clock,
                config);
        assertThatThrownBy(() -> dying.handle(completed("order-1", "evt-1", payment)))
                .isInstanceOf(CrashAfterSubmit.Crash.class);
        assertThat(stored("order-1").status()).isEqualTo(OnrampStatus.TIP_SUBMITTED);

        assertThat(webhooks.handle(completed("order-1", "evt-1", payment)))
                .isInstanceOf(OnrampWebhookService.Result.Unchanged.class);
        bed.block();
        routing.followUp();

        assertThat(stored("order-1").status()).isEqualTo(OnrampStatus.TIP_SENT);
        assertThat(tipsOnChain()).isEqualTo(1);
    }

    @Test
    void anIntermediateStatusMovesTheOrderOnlyForward() {
        order("order-1");
        long transactions = bed.transactions();

        var processing = webhooks.handle(new OnrampWebhookService.Event("evt-1", "transak-order-1", "order-1",
                "PROCESSING", null));
        var replay = webhooks.handle(new OnrampWebhookService.Event("evt-1", "transak-order-1", "order-1",
                "PROCESSING", null));

        assertThat(((OnrampWebhookService.Result.Applied) processing).order().status())
                .isEqualTo(OnrampStatus.PROCESSING);
        assertThat(replay).isInstanceOf(OnrampWebhookService.Result.Unchanged.class);
        assertThat(stored("order-1").transakOrderId()).isEqualTo("transak-order-1");
        bed.block();
        assertThat(bed.transactions()).isEqualTo(transactions);
    }

    @Test
    void aFailedOrderIsFinalAndALateCompletionMovesNothing() {
        order("order-1");
        webhooks.handle(new OnrampWebhookService.Event("evt-1", "transak-order-1", "order-1", "FAILED", null));
        TxId payment = pay(platform(), MicroAlgos.ofAlgo(2));
        long transactions = bed.transactions();

        var late = webhooks.handle(completed("order-1", "evt-2", payment));

        assertThat(late).isInstanceOf(OnrampWebhookService.Result.Unchanged.class);
        assertThat(stored("order-1").status()).isEqualTo(OnrampStatus.FAILED);
        bed.block();
        assertThat(bed.transactions()).isEqualTo(transactions);
    }

    @Test
    void unknownOrdersAndStatusesAreIgnored() {
        order("order-1");

        assertThat(webhooks.handle(completed("no-such-order", "evt-1", null)))
                .isEqualTo(new OnrampWebhookService.Result.Ignored("unknown_order"));
        assertThat(webhooks.handle(new OnrampWebhookService.Event("evt-2", null, null, "COMPLETED", null)))
                .isEqualTo(new OnrampWebhookService.Result.Ignored("unknown_order"));
        assertThat(webhooks.handle(new OnrampWebhookService.Event("evt-3", "t", "order-1", "ORDER_CREATED", null)))
                .isEqualTo(new OnrampWebhookService.Result.Ignored("unhandled_status_ORDER_CREATED"));
        assertThat(stored("order-1").status()).isEqualTo(OnrampStatus.PENDING);
    }

    @Test
    void aDisabledOnrampDoesNothing() {
        order("order-1");
        TxId payment = pay(platform(), MicroAlgos.ofAlgo(2));

        var result = webhooks(bed.chain, OnrampConfig.disabled()).handle(completed("order-1", "evt-1", payment));

        assertThat(result).isEqualTo(new OnrampWebhookService.Result.Disabled());
        assertThat(stored("order-1").status()).isEqualTo(OnrampStatus.PENDING);
    }

    @Test
    void theFeeIsRoundedDownToTheMicroAlgo() {
        assertThat(webhooks.fee(MicroAlgos.of(1_000_039))).isEqualTo(MicroAlgos.of(25_000));
        assertThat(webhooks.fee(MicroAlgos.of(39))).isEqualTo(MicroAlgos.ZERO);
        assertThat(webhooks(bed.chain, new OnrampConfig(true, false, "STAGING", null, new byte[32], 0))
                .fee(MicroAlgos.ofAlgo(5))).isEqualTo(MicroAlgos.ZERO);
    }

    private OnrampWebhookService webhooks(Chain chain, OnrampConfig with) {
        return new OnrampWebhookService(bed.store, chain, bed.signers, routing, bed.clock, with);
    }

    private Address platform() {
        return bed.signer(SignerRole.ADMIN).address();
    }

    private void order(String id) {
        bed.store.onrampOrders().insert(OnrampOrder.created(id, fan, creator, BigDecimal.TEN, "USD",
                bed.clock.instant()));
    }

    /** Transak's delivery of {@code amount} to {@code receiver}, confirmed in a new block. */
    private TxId pay(Address receiver, MicroAlgos amount) {
        byte[] signed = transak.signPayment(receiver, amount, "transak", bed.chain.suggestedParams());
        TxId id = bed.chain.submitSigned(List.of(signed)).getFirst();
        bed.block();
        return id;
    }

    private static OnrampWebhookService.Event completed(String order, String eventId, TxId payment) {
        return new OnrampWebhookService.Event(eventId, "transak-" + order, order, "COMPLETED",
                payment == null ? null : payment.toString());
    }

    private OnrampOrder stored(String id) {
        return bed.store.onrampOrders().find(id).orElseThrow();
    }

    private long tipsOnChain() {
        return bed.ledger.appGlobalState(jar.appId()).orElseThrow().get(TipProxyAbi.TOTAL_TIPS).uint();
    }
}
