package dev.stickerplatform.domain.port;

import static dev.stickerplatform.domain.port.TestData.CREATOR;
import static dev.stickerplatform.domain.port.TestData.FAN;
import static dev.stickerplatform.domain.port.TestData.T0;
import static dev.stickerplatform.domain.port.TestData.address;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.Grant;
import dev.stickerplatform.domain.model.GrantKind;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.OnrampOrder;
import dev.stickerplatform.domain.model.OnrampStatus;
import dev.stickerplatform.domain.model.StickerTransfer;
import dev.stickerplatform.domain.model.TxId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of the {@link Store}'s grants and sticker transfers, for every implementation: extend it and return
 * a fresh, empty store from {@link #newStore()}. Kept apart from {@link StoreContractTest} so each part stays
 * readable.
 */
public abstract class StickerOriginsContractTest {
    protected Store store;

    protected abstract Store newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    static Grant aGrant(UUID request, GrantKind kind, Address grantor, Address fan, Instant at) {
        return new Grant(Grant.originIdFor(request, fan), request, kind, grantor, 7, CREATOR, fan, "launch gift", at);
    }

    @Test
    void aGrantIsRecordedOnceByItsOriginAndReadBackEqual() {
        Grant grant = aGrant(UUID.randomUUID(), GrantKind.ADMIN, address("admin"), FAN, T0);

        assertThat(store.grants().insertIfAbsent(grant)).isTrue();
        assertThat(store.grants().insertIfAbsent(grant)).isFalse();

        assertThat(store.grants().find(grant.originId())).contains(grant);
        assertThat(store.grants().find(TestData.txId("a tip"))).isEmpty();
    }

    @Test
    void findAllReturnsOnlyTheGrantsAmongTheIds() {
        UUID request = UUID.randomUUID();
        Grant first = aGrant(request, GrantKind.CREATOR, CREATOR, address("one"), T0);
        Grant second = aGrant(request, GrantKind.CREATOR, CREATOR, address("two"), T0);
        store.grants().insertIfAbsent(first);
        store.grants().insertIfAbsent(second);
        TxId tip = TestData.txId("a tip");

        assertThat(store.grants().findAll(List.of(first.originId(), tip, second.originId(), first.originId())))
                .containsOnlyKeys(first.originId(), second.originId())
                .containsEntry(second.originId(), second);
        assertThat(store.grants().findAll(List.of())).isEmpty();
    }

    @Test
    void countsAGrantorsGrantsOfOneKindSinceAnInstant() {
        Address admin = address("admin");
        UUID request = UUID.randomUUID();
        store.grants().insertIfAbsent(aGrant(request, GrantKind.CREATOR, CREATOR, address("old"),
                T0.minus(Duration.ofDays(2))));
        store.grants().insertIfAbsent(aGrant(request, GrantKind.CREATOR, CREATOR, address("a"), T0));
        store.grants().insertIfAbsent(aGrant(request, GrantKind.CREATOR, CREATOR, address("b"), T0.plusSeconds(5)));
        store.grants().insertIfAbsent(aGrant(request, GrantKind.ADMIN, admin, address("c"), T0));

        assertThat(store.grants().countByGrantorSince(CREATOR, GrantKind.CREATOR, T0)).isEqualTo(2);
        assertThat(store.grants().countByGrantorSince(CREATOR, GrantKind.ADMIN, T0)).isZero();
        assertThat(store.grants().countByGrantorSince(admin, GrantKind.ADMIN, T0.minusSeconds(1))).isEqualTo(1);
    }

    @Test
    void aGrantWrittenInARolledBackTransactionIsNotThere() {
        Grant grant = aGrant(UUID.randomUUID(), GrantKind.ADMIN, address("admin"), FAN, T0);

        assertThatThrownBy(() -> store.inTransaction(tx -> {
            tx.grants().insertIfAbsent(grant);
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(store.grants().find(grant.originId())).isEmpty();
    }

    @Test
    void transfersWaitingForApprovalAreListedOldestFirstUntilSettled() {
        StickerTransfer older = aTransfer(3, T0);
        StickerTransfer newer = aTransfer(4, T0.plusSeconds(10));
        store.stickerTransfers().insert(newer);
        store.stickerTransfers().insert(older);
        assertThatThrownBy(() -> store.stickerTransfers().insert(older)).isInstanceOf(DuplicateException.class);

        assertThat(store.stickerTransfers().find(older.approvalId())).contains(older);
        assertThat(store.stickerTransfers().awaitingApproval(10)).containsExactly(older, newer);
        assertThat(store.stickerTransfers().awaitingApproval(1)).containsExactly(older);

        StickerTransfer done = older.in(StickerTransfer.State.DONE, T0.plusSeconds(20));
        store.stickerTransfers().update(done);
        assertThat(store.stickerTransfers().find(older.approvalId())).contains(done);
        assertThat(store.stickerTransfers().awaitingApproval(10)).containsExactly(newer);
        assertThat(store.stickerTransfers().find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void atMostOneTransferOfAStickerAwaitsApproval() {
        StickerTransfer waiting = aTransfer(5, T0);
        store.stickerTransfers().insert(waiting);

        assertThatThrownBy(() -> store.stickerTransfers().insert(aTransfer(5, T0.plusSeconds(1))))
                .isInstanceOf(DuplicateException.class);
        assertThatThrownBy(() -> store.inTransaction(tx -> {
            tx.stickerTransfers().insert(aTransfer(5, T0.plusSeconds(2)));
            return null;
        })).isInstanceOf(DuplicateException.class);
        assertThat(store.stickerTransfers().awaitingFor(5)).contains(waiting);
        assertThat(store.stickerTransfers().awaitingFor(6)).isEmpty();

        // once settled, the sticker may be transferred again
        store.stickerTransfers().update(waiting.in(StickerTransfer.State.ABANDONED, T0.plusSeconds(3)));
        StickerTransfer next = aTransfer(5, T0.plusSeconds(4));
        store.stickerTransfers().insert(next);
        assertThat(store.stickerTransfers().awaitingFor(5)).contains(next);
        assertThat(store.stickerTransfers().awaitingApproval(10)).containsExactly(next);
    }

    private static StickerTransfer aTransfer(long stickerId, Instant at) {
        return new StickerTransfer(UUID.randomUUID(), stickerId, AssetId.of(1234), FAN, address("receiver"),
                address("admin").value(), StickerTransfer.State.AWAITING_APPROVAL, at, at);
    }

    @Test
    void anOnrampOrderIsSavedUnderOptimisticLockingAndFoundByFanAndStatus() {
        OnrampOrder order = OnrampOrder.created("tip_a", FAN, CREATOR, new BigDecimal("100.00"), "INR", T0);
        store.onrampOrders().insert(order);
        assertThatThrownBy(() -> store.onrampOrders().insert(order)).isInstanceOf(DuplicateException.class);

        OnrampOrder processing = store.onrampOrders().save(order.moved(OnrampStatus.PROCESSING, "tx-1",
                T0.plusSeconds(1)));
        assertThat(processing.version()).isEqualTo(1);
        assertThatThrownBy(() -> store.onrampOrders().save(order.moved(OnrampStatus.FAILED, null, T0)))
                .isInstanceOf(StaleWriteException.class);
        OnrampOrder paid = store.onrampOrders().save(processing.paid("tx-1", TestData.txId("payment"),
                MicroAlgos.of(11_806_375), MicroAlgos.of(236_127), T0.plusSeconds(2)));

        OnrampOrder read = store.onrampOrders().find("tip_a").orElseThrow();
        assertThat(read.status()).isEqualTo(OnrampStatus.PAID);
        assertThat(read.transakOrderId()).isEqualTo("tx-1");
        assertThat(read.received()).isEqualTo(MicroAlgos.of(11_806_375));
        assertThat(read.tipAmount()).isEqualTo(MicroAlgos.of(11_570_248));
        assertThat(read.fiatAmount()).isEqualByComparingTo("100");
        assertThat(read.version()).isEqualTo(paid.version());
        assertThat(store.onrampOrders().byFan(FAN, 10)).extracting(OnrampOrder::partnerOrderId).containsExactly("tip_a");
        assertThat(store.onrampOrders().inStatus(OnrampStatus.PAID, 10)).hasSize(1);
        assertThat(store.onrampOrders().inStatus(OnrampStatus.PENDING, 10)).isEmpty();
        assertThat(store.onrampOrders().find("nope")).isEmpty();
    }

    @Test
    void aSubmittedTipGroupIsReadBackAsRecorded() {
        OnrampOrder order = OnrampOrder.created("tip_g", FAN, CREATOR, BigDecimal.TEN.setScale(2), "USD", T0);
        store.onrampOrders().insert(order);
        OnrampOrder paid = store.onrampOrders().save(order.paid("t", TestData.txId("pay-g"), MicroAlgos.of(5_000_000),
                MicroAlgos.ZERO, T0));
        store.onrampOrders().save(paid.tipSubmitted(new byte[] {1, 2, 3}, TestData.txId("tip-g"),
                dev.stickerplatform.domain.model.Round.of(1000), T0.plusSeconds(1)));

        OnrampOrder read = store.onrampOrders().find("tip_g").orElseThrow();
        assertThat(read.status()).isEqualTo(OnrampStatus.TIP_SUBMITTED);
        assertThat(read.tipGroup()).containsExactly(1, 2, 3);
        assertThat(read.tipTxId()).isEqualTo(TestData.txId("tip-g"));
    }

    @Test
    void onePaymentCreditsOneOrder() {
        OnrampOrder first = OnrampOrder.created("tip_1", FAN, CREATOR, BigDecimal.ONE.setScale(2), "INR", T0);
        OnrampOrder second = OnrampOrder.created("tip_2", FAN, CREATOR, BigDecimal.ONE.setScale(2), "INR", T0);
        store.onrampOrders().insert(first);
        store.onrampOrders().insert(second);
        TxId payment = TestData.txId("one payment");
        store.onrampOrders().save(first.paid("a", payment, MicroAlgos.of(1_000_000), MicroAlgos.ZERO, T0));

        assertThatThrownBy(() -> store.onrampOrders().save(second.paid("b", payment, MicroAlgos.of(1_000_000),
                MicroAlgos.ZERO, T0))).isInstanceOf(DuplicateException.class);
    }

    @Test
    void aWebhookEventIsRecordedOnce() {
        assertThat(store.onrampOrders().recordEvent("tx-1:ORDER_COMPLETED:COMPLETED", "tip_a", T0)).isTrue();
        assertThat(store.onrampOrders().recordEvent("tx-1:ORDER_COMPLETED:COMPLETED", "tip_a", T0)).isFalse();
        assertThat(store.onrampOrders().recordEvent("tx-1:ORDER_PROCESSING:PROCESSING", "tip_a", T0)).isTrue();
    }
}
