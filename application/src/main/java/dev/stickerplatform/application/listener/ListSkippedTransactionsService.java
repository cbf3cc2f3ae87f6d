package dev.stickerplatform.application.listener;

import dev.stickerplatform.domain.model.SkippedTransaction;
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
    public static final int MAX_LIMIT = 100;

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
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        return new Skipped(store.listenerCursor().skipped(limit), store.listenerCursor().countSkipped());
    }
}
