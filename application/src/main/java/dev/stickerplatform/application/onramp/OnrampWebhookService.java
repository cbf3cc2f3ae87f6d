package dev.stickerplatform.application.onramp;

import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.OnrampOrder;
import dev.stickerplatform.domain.model.OnrampStatus;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.DuplicateException;
import dev.stickerplatform.domain.port.SignerRole;
import dev.stickerplatform.domain.port.Signers;
import dev.stickerplatform.domain.port.StaleWriteException;
import dev.stickerplatform.domain.port.Store;
import java.math.BigInteger;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Applies a verified Transak webhook event to its order: once per event (a replay changes nothing), only forward
 * ({@link OnrampStatus#canMoveTo}), and COMPLETED only once the ALGO is confirmed on chain in the platform's
 * account — the amount is the chain's, never the webhook's {@code cryptoAmount}. The fee is split off in exact
 * µALGO and the rest is tipped in the fan's name ({@link OnrampRouting}).
 */
public final class OnrampWebhookService {
    private static final Map<String, OnrampStatus> STATUSES = Map.of(
            "AWAITING_PAYMENT_FROM_USER", OnrampStatus.PROCESSING,
            "PAYMENT_DONE_MARKED_BY_USER", OnrampStatus.PROCESSING,
            "PROCESSING", OnrampStatus.PROCESSING,
            "PENDING_DELIVERY_FROM_TRANSAK", OnrampStatus.PROCESSING,
            "COMPLETED", OnrampStatus.PAID,
            "FAILED", OnrampStatus.FAILED,
            "EXPIRED", OnrampStatus.EXPIRED,
            "REFUNDED", OnrampStatus.REFUNDED,
            "CANCELLED", OnrampStatus.CANCELLED);

    private final Store store;
    private final Chain chain;
    private final Signers signers;
    private final OnrampRouting routing;
    private final Clock clock;
    private final OnrampConfig config;

    public OnrampWebhookService(Store store, Chain chain, Signers signers, OnrampRouting routing, Clock clock,
                                OnrampConfig config) {
        this.store = store;
        this.chain = chain;
        this.signers = signers;
        this.routing = routing;
        this.clock = clock;
        this.config = config;
    }

    /** A webhook's order data, from a verified token. {@code eventId} and {@code transactionHash} may be null. */
    public record Event(String eventId, String transakOrderId, String partnerOrderId, String status,
                        String transactionHash) {
    }

    public sealed interface Result {
        record Applied(OnrampOrder order) implements Result {
        }

        /** Already applied, or no move from where the order is: nothing changed. */
        record Unchanged(OnrampOrder order, String reason) implements Result {
        }

        record Ignored(String reason) implements Result {
        }

        /** The payment is not (yet) confirmed on chain: nothing recorded, the webhook should come again. */
        record AwaitingChain(OnrampOrder order) implements Result {
        }

        /** The event cannot be honoured (e.g. a payment to another account); recorded, nothing else changed. */
        record Refused(OnrampOrder order, String reason) implements Result {
        }

        record Disabled() implements Result {
        }
    }

    public Result handle(Event event) {
        if (!config.enabled()) {
            return new Result.Disabled();
        }
        OnrampOrder order = event.partnerOrderId() == null ? null
                : store.onrampOrders().find(event.partnerOrderId()).orElse(null);
        if (order == null) {
            return new Result.Ignored("unknown_order");
        }
        OnrampStatus target = event.status() == null ? null : STATUSES.get(event.status());
        if (target == null) {
            return new Result.Ignored("unhandled_status_" + event.status());
        }
        String key = (event.transakOrderId() != null ? event.transakOrderId() : order.partnerOrderId()) + ":"
                + (event.eventId() != null ? event.eventId() : "-") + ":" + event.status();
        if (!order.status().canMoveTo(target)) {
            store.onrampOrders().recordEvent(key, order.partnerOrderId(), clock.instant());
            return new Result.Unchanged(order, "no move from " + order.status() + " to " + target);
        }
        OnrampOrder next;
        if (target == OnrampStatus.PAID) {
            Optional<Chain.ConfirmedPayment> payment = payment(event.transactionHash());
            if (payment.isEmpty()) {
                return new Result.AwaitingChain(order);
            }
            Chain.ConfirmedPayment paid = payment.get();
            if (!paid.receiver().equals(signers.forRole(SignerRole.ADMIN).address())) {
                store.onrampOrders().recordEvent(key, order.partnerOrderId(), clock.instant());
                return new Result.Refused(order, "the payment does not pay the platform's on-ramp account");
            }
            next = order.paid(event.transakOrderId(), paid.txId(), paid.amount(), fee(paid.amount()),
                    clock.instant());
        } else {
            next = order.moved(target, event.transakOrderId(), clock.instant());
        }
        OnrampOrder saved;
        try {
            saved = store.inTransaction(tx -> tx.onrampOrders().recordEvent(key, next.partnerOrderId(),
                    clock.instant()) ? tx.onrampOrders().save(next) : null);
        } catch (StaleWriteException e) {
            return new Result.Unchanged(store.onrampOrders().find(order.partnerOrderId()).orElse(order),
                    "another event moved the order first");
        } catch (DuplicateException e) {
            return new Result.Refused(order, "this payment already credited another order");
        }
        if (saved == null) {
            return new Result.Unchanged(order, "event already applied");
        }
        return new Result.Applied(saved.status() == OnrampStatus.PAID ? routing.route(saved) : saved);
    }

    /** The platform's fee: {@code feeBps} of the amount, rounded down to the µALGO (the fan's favour). */
    MicroAlgos fee(MicroAlgos received) {
        return MicroAlgos.of(BigInteger.valueOf(received.value()).multiply(BigInteger.valueOf(config.feeBps()))
                .divide(BigInteger.valueOf(10_000)).longValueExact());
    }

    private Optional<Chain.ConfirmedPayment> payment(String transactionHash) {
        if (transactionHash == null) {
            return Optional.empty();
        }
        try {
            return chain.payment(TxId.of(transactionHash));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
