package dev.stickerplatform.adapters.persistence.memory;

import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.SkippedTransaction;
import dev.stickerplatform.domain.port.Store;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The listener's last fully recorded round. */
final class MemoryListenerCursor implements Store.ListenerCursor {
    private static final Comparator<SkippedTransaction> NEWEST_FIRST = Comparator
            .comparing(SkippedTransaction::round).reversed().thenComparingInt(SkippedTransaction::index);
    private final Context context;

    MemoryListenerCursor(Context context) {
        this.context = context;
    }

    @Override
    public Optional<Round> lastProcessed() {
        return context.read(t -> t.cursor.get(Tables.CURSOR));
    }

    @Override
    public void advance(Round round) {
        Objects.requireNonNull(round, "round");
        context.write(t -> {
            t.cursor.put(Tables.CURSOR, round);
            return null;
        });
    }

    @Override
    public void recordSkipped(SkippedTransaction skipped) {
        Objects.requireNonNull(skipped, "skipped");
        String key = skipped.round().value() + "/" + skipped.index();
        context.write(t -> {
            if (t.skipped.get(key).isEmpty()) {
                t.skipped.put(key, skipped);
            }
            return null;
        });
    }

    @Override
    public List<SkippedTransaction> skipped(int limit) {
        return context.read(t -> t.skipped.values().sorted(NEWEST_FIRST).limit(Math.max(0, limit)).toList());
    }

    @Override
    public long countSkipped() {
        return context.read(t -> t.skipped.values().count());
    }
}
