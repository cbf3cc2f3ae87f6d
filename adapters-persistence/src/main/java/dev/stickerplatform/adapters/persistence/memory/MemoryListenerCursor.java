package dev.stickerplatform.adapters.persistence.memory;

import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.port.Store;
import java.util.Objects;
import java.util.Optional;

/** The listener's last fully recorded round. */
final class MemoryListenerCursor implements Store.ListenerCursor {
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
}
