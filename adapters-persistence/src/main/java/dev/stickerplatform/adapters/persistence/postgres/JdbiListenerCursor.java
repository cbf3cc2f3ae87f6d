package dev.stickerplatform.adapters.persistence.postgres;

import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.SkippedTransaction;
import dev.stickerplatform.domain.port.Store;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

/** The listener's last fully recorded round: a single row. */
final class JdbiListenerCursor implements Store.ListenerCursor {
    private static final RowMapper<SkippedTransaction> SKIPPED = (rs, ctx) -> new SkippedTransaction(
            Round.of(rs.getLong("round")), rs.getInt("txn_index"),
            rs.getString("tx_id") == null ? null : Columns.txId(rs, "tx_id"), rs.getString("reason"),
            Columns.instant(rs, "skipped_at"));
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

    @Override
    public void recordSkipped(SkippedTransaction skipped) {
        Objects.requireNonNull(skipped, "skipped");
        session.write(h -> h.createUpdate("""
                        INSERT INTO skipped_transactions (round, txn_index, tx_id, reason, skipped_at)
                        VALUES (:round, :index, :tx_id, :reason, :skipped_at)
                        ON CONFLICT (round, txn_index) DO NOTHING
                        """)
                .bind("round", skipped.round().value())
                .bind("index", skipped.index())
                .bind("tx_id", skipped.txId() == null ? null : skipped.txId().value())
                .bind("reason", Columns.diagnostic(skipped.reason()))
                .bind("skipped_at", Columns.time(skipped.skippedAt()))
                .execute());
    }

    @Override
    public List<SkippedTransaction> skipped(int limit) {
        return session.read(h -> h.createQuery("""
                        SELECT * FROM skipped_transactions ORDER BY round DESC, txn_index LIMIT :limit
                        """)
                .bind("limit", Math.max(0, limit))
                .map(SKIPPED)
                .list());
    }

    @Override
    public long countSkipped() {
        return session.read(h -> h.createQuery("SELECT count(*) FROM skipped_transactions").mapTo(Long.class).one());
    }
}
