package dev.stickerplatform.adapters.persistence.memory;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.OnrampOrder;
import dev.stickerplatform.domain.model.OnrampStatus;
import dev.stickerplatform.domain.port.DuplicateException;
import dev.stickerplatform.domain.port.StaleWriteException;
import dev.stickerplatform.domain.port.Store;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** On-ramp orders by partner order id, saved under optimistic locking, and the applied webhook events. */
final class MemoryOnrampOrders implements Store.OnrampOrders {
    private static final Comparator<OnrampOrder> OLDEST_FIRST = Comparator.comparing(OnrampOrder::createdAt)
            .thenComparing(OnrampOrder::partnerOrderId);

    private final Context context;

    MemoryOnrampOrders(Context context) {
        this.context = context;
    }

    @Override
    public void insert(OnrampOrder order) {
        Objects.requireNonNull(order, "order");
        context.write(t -> {
            if (t.onrampOrders.get(order.partnerOrderId()).isPresent()) {
                throw new DuplicateException("order " + order.partnerOrderId() + " exists");
            }
            t.onrampOrders.put(order.partnerOrderId(), order);
            return null;
        });
    }

    @Override
    public Optional<OnrampOrder> find(String partnerOrderId) {
        return context.read(t -> t.onrampOrders.get(partnerOrderId));
    }

    @Override
    public OnrampOrder save(OnrampOrder order) {
        Objects.requireNonNull(order, "order");
        return context.write(t -> {
            long stored = t.onrampOrders.get(order.partnerOrderId()).map(OnrampOrder::version)
                    .orElseThrow(() -> new StaleWriteException("order " + order.partnerOrderId() + " does not exist"));
            if (stored != order.version()) {
                throw new StaleWriteException("order " + order.partnerOrderId() + " is at version " + stored);
            }
            if (order.paymentTxId() != null && t.onrampOrders.values().anyMatch(other -> !other.partnerOrderId()
                    .equals(order.partnerOrderId()) && order.paymentTxId().equals(other.paymentTxId()))) {
                throw new DuplicateException("payment " + order.paymentTxId() + " credits another order");
            }
            OnrampOrder next = order.withVersion(stored + 1);
            t.onrampOrders.put(next.partnerOrderId(), next);
            return next;
        });
    }

    @Override
    public List<OnrampOrder> byFan(Address fan, int limit) {
        return context.read(t -> Lists.first(t.onrampOrders.values().filter(o -> o.fan().equals(fan)),
                OLDEST_FIRST.reversed(), limit));
    }

    @Override
    public List<OnrampOrder> inStatus(OnrampStatus status, int limit) {
        return context.read(t -> Lists.first(t.onrampOrders.values().filter(o -> o.status() == status),
                OLDEST_FIRST, limit));
    }

    @Override
    public boolean recordEvent(String eventKey, String partnerOrderId, Instant at) {
        return context.write(t -> {
            if (t.onrampEvents.get(eventKey).isPresent()) {
                return false;
            }
            t.onrampEvents.put(eventKey, partnerOrderId);
            return true;
        });
    }
}
