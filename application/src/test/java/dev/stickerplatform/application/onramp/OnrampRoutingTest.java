package dev.stickerplatform.application.onramp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.adapters.algorand.tipproxy.TipProxyAbi;
import dev.stickerplatform.adapters.persistence.memory.SeededRandomness;
import dev.stickerplatform.application.CrashAfterSubmit;
import dev.stickerplatform.application.LosingChain;
import dev.stickerplatform.application.OneBlockPerWait;
import dev.stickerplatform.application.Testbed;
import dev.stickerplatform.application.listener.FollowChainService;
import dev.stickerplatform.application.tipjar.DeploymentConfig;
import dev.stickerplatform.application.tipjar.RegisterCreatorService;
import dev.stickerplatform.application.tipjar.TipJarDeployer;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.OnrampOrder;
import dev.stickerplatform.domain.model.OnrampStatus;
import dev.stickerplatform.domain.model.TipJar;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.SignerRole;
import dev.stickerplatform.domain.port.TestData;
import dev.stickerplatform.domain.port.TestKeys;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Routing a paid on-ramp order's tip on the in-memory store and the simulated chain: the platform's tip_for group
 * recorded before it is submitted, confirmed as TIP_SENT and credited by the listener to the fan; a stale second
 * routing changes nothing; the kill point after the submit and a lost group each end in exactly one tip; an order
 * that cannot be routed fails without touching the chain.
 */
class OnrampRoutingTest {
    final Testbed bed = new Testbed();
    final Chain waiting = new OneBlockPerWait(bed.chain, bed.ledger);
    final Address fan = TestKeys.newAddress();
    final Address creator = TestKeys.newAddress();
    final TipJar jar = new RegisterCreatorService(bed.store, waiting, new TipJarDeployer(waiting, bed.store,
            bed.signers, bed.clock, DeploymentConfig.defaults()), new SeededRandomness(1), bed.clock,
            DeploymentConfig.defaults())
            .register(new RegisterCreatorService.Command(creator, null, MicroAlgos.ofAlgo(1))).tipJar();
    final OnrampRouting routing = new OnrampRouting(bed.store, bed.chain, bed.signers, bed.clock);

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void aPaidOrdersTipIsRecordedThenSubmittedAndConfirmed() {
        OnrampOrder paid = paidOrder("order-1", MicroAlgos.ofAlgo(2));

        OnrampOrder submitted = routing.route(paid);

        assertThat(submitted.status()).isEqualTo(OnrampStatus.TIP_SUBMITTED);
        assertThat(bed.store.onrampOrders().find("order-1").orElseThrow().tipTxId()).isEqualTo(submitted.tipTxId());
        assertThat(bed.ledger.isPending(submitted.tipTxId())).isTrue();
        bed.block();

        assertThat(routing.refresh(submitted).status()).isEqualTo(OnrampStatus.TIP_SENT);
        assertThat(tipsOnChain()).isEqualTo(1);
    }

    @Test
    void theListenerCreditsTheRoutedTipToTheFan() {
        var listener = new FollowChainService(bed.chain, bed.store, bed.clock, bed.ledger.currentRound().next(),
                bed.signer(SignerRole.ADMIN).address());
        OnrampOrder submitted = routing.route(paidOrder("order-1", MicroAlgos.ofAlgo(2)));
        bed.block();

        while (listener.processNext() instanceof FollowChainService.Step.Processed) {
            // follow to the latest round
        }

        var tip = bed.store.tips().find(submitted.tipTxId()).orElseThrow();
        assertThat(tip.fan()).isEqualTo(fan);
        assertThat(tip.creator()).isEqualTo(creator);
        assertThat(tip.amount()).isEqualTo(MicroAlgos.ofAlgo(2));
    }

    @Test
    void aSecondRoutingFromAStaleCopyKeepsTheRecordedGroup() {
        OnrampOrder paid = paidOrder("order-1", MicroAlgos.ofAlgo(2));
        OnrampOrder first = routing.route(paid);

        OnrampOrder second = routing.route(paid);

        assertThat(second.tipTxId()).isEqualTo(first.tipTxId());
        bed.block();
        routing.followUp();
        assertThat(bed.store.onrampOrders().find("order-1").orElseThrow().status()).isEqualTo(OnrampStatus.TIP_SENT);
        assertThat(tipsOnChain()).isEqualTo(1);
    }

    @Test
    void killedRightAfterSubmittingTheTipTheFollowUpSendsNoSecondTip() {
        OnrampOrder paid = paidOrder("order-1", MicroAlgos.ofAlgo(2));
        assertThatThrownBy(() -> new OnrampRouting(bed.store, new CrashAfterSubmit(bed.chain, 1), bed.signers,
                bed.clock).route(paid)).isInstanceOf(CrashAfterSubmit.Crash.class);
        assertThat(bed.store.onrampOrders().find("order-1").orElseThrow().status())
                .isEqualTo(OnrampStatus.TIP_SUBMITTED);

        routing.followUp();
        bed.block();
        routing.followUp();

        assertThat(bed.store.onrampOrders().find("order-1").orElseThrow().status()).isEqualTo(OnrampStatus.TIP_SENT);
        assertThat(tipsOnChain()).isEqualTo(1);
    }

    @Test
    void aGroupLostOnTheWayIsSignedAgainOnceItCanNoLongerConfirm() {
        OnrampOrder paid = paidOrder("order-1", MicroAlgos.ofAlgo(2));
        OnrampOrder lost = new OnrampRouting(bed.store, new LosingChain(bed.chain), bed.signers, bed.clock)
                .route(paid);
        while (bed.ledger.currentRound().value() <= lost.tipLastValid().value()) {
            bed.block();
        }

        OnrampOrder again = routing.refresh(bed.store.onrampOrders().find("order-1").orElseThrow());
        assertThat(again.tipTxId()).isNotEqualTo(lost.tipTxId());
        bed.block();
        routing.followUp();

        assertThat(bed.store.onrampOrders().find("order-1").orElseThrow().status()).isEqualTo(OnrampStatus.TIP_SENT);
        assertThat(tipsOnChain()).isEqualTo(1);
    }

    @Test
    void aTipBelowTheCreatorsMinimumFailsWithoutTouchingTheChain() {
        OnrampOrder failed = routing.route(paidOrder("order-1", MicroAlgos.of(500_000)));

        assertThat(failed.status()).isEqualTo(OnrampStatus.TIP_FAILED);
        assertThat(failed.lastError()).contains("minimum tip");
        bed.block();
        assertThat(tipsOnChain()).isZero();
    }

    @Test
    void aCreatorWithoutAnActiveTipJarCannotBeTipped() {
        OnrampOrder order = OnrampOrder.created("order-2", fan, TestKeys.newAddress(), BigDecimal.TEN, "USD",
                bed.clock.instant());
        bed.store.onrampOrders().insert(order);
        OnrampOrder paid = bed.store.onrampOrders().save(order.paid("t-2", TestData.uniqueTxId(),
                MicroAlgos.ofAlgo(2), MicroAlgos.ZERO, bed.clock.instant()));

        OnrampOrder failed = routing.route(paid);

        assertThat(failed.status()).isEqualTo(OnrampStatus.TIP_FAILED);
        assertThat(failed.lastError()).contains("no active tip jar");
    }

    private OnrampOrder paidOrder(String id, MicroAlgos tip) {
        OnrampOrder order = OnrampOrder.created(id, fan, creator, BigDecimal.TEN, "USD", bed.clock.instant());
        bed.store.onrampOrders().insert(order);
        return bed.store.onrampOrders().save(order.paid("transak-" + id, TestData.uniqueTxId(), tip,
                MicroAlgos.ZERO, bed.clock.instant()));
    }

    private long tipsOnChain() {
        return bed.ledger.appGlobalState(jar.appId()).orElseThrow().get(TipProxyAbi.TOTAL_TIPS).uint();
    }
}
