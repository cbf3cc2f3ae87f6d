package dev.stickerplatform.adapters.persistence.postgres;

import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.SkippedTransaction;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.Store;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

/** The listener's last fully recorded round: a single row. */
final class JdbiListenerCursor implements Store.ListenerCursor {
    private static final RowMapper<SkippedTransaction> SKIPPED = (rs, ctx) -> new SkippedTransaction(
            Columns.get(rs, ctx, "round", Round.class), rs.getInt("txn_index"),
            Columns.get(rs, ctx, "tx_id", TxId.class), rs.getString("reason"),
            Columns.get(rs, ctx, "skipped_at", Instant.class));
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
                .bind("round", round)
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
                .bind("round", skipped.round())
                .bind("index", skipped.index())
                .bindByType("tx_id", skipped.txId(), TxId.class)
                .bind("reason", Columns.diagnostic(skipped.reason()))
                .bind("skipped_at", skipped.skippedAt())
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
