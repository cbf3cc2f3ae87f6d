package dev.stickerplatform.adapters.persistence.postgres;

import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.port.Store;
import java.util.Objects;
import java.util.Optional;

/** The listener's last fully recorded round: a single row. */
final class JdbiListenerCursor implements Store.ListenerCursor {
    private final Session session;

    JdbiListenerCursor(Session session) {
        this.session = session;
    }

    @Override
    public Optional<Round> lastProcessed() {
        return session.read(h -> h.createQuery("SELECT last_round FROM listener_cursor WHERE id = 1")
                .mapTo(Long.class)
                .findOne()
                .map(Round::of));
    }

    @Override
    public void advance(Round round) {
        Objects.requireNonNull(round, "round");
        session.write(h -> h.createUpdate("""
                        INSERT INTO listener_cursor (id, last_round, updated_at) VALUES (1, :round, now())
                        ON CONFLICT (id) DO UPDATE SET last_round = EXCLUDED.last_round, updated_at = now()
                        """)
                .bind("round", round.value())
                .execute());
    }
}
