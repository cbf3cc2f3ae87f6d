package dev.stickerplatform.application.listener;

import dev.stickerplatform.domain.model.SkippedTransaction;
import dev.stickerplatform.domain.port.PageRequest;
import dev.stickerplatform.domain.port.Store;
import java.util.List;
import java.util.Objects;

/**
 * What the listener passed over, for operators: the latest transactions it could not interpret (newest round
 * first) and how many there are in all. A store failure passes through as {@code StoreUnavailableException}: an
 * unreadable list is never an empty one.
 */
public final class ListSkippedTransactionsService {
    /** The most entries one answer holds. */
    public static final int MAX_LIMIT = PageRequest.MAX_LIMIT;

    private final Store store;

    public ListSkippedTransactionsService(Store store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** The latest skipped transactions and the total count. */
    public record Skipped(List<SkippedTransaction> latest, long total) {
        public Skipped {
            latest = List.copyOf(latest);
        }
    }

    /** Up to {@code limit} (1–100) of the latest skipped transactions. */
    public Skipped latest(int limit) {
        PageRequest.checkLimit(limit);
        return new Skipped(store.listenerCursor().skipped(limit), store.listenerCursor().countSkipped());
    }
}
