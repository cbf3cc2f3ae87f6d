package dev.stickerplatform.adapters.persistence.postgres;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.Memo;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.Tip;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.Store;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Tips by txid, with the totals and rankings the statistics and leaderboards need, computed by the database.
 * Newest first means by round, then detection time, then txid; rankings by sum, then count (both descending),
 * then address.
 */
final class JdbiTips implements Store.Tips {
    static final RowMapper<Tip> ROW = (rs, ctx) -> new Tip(Columns.get(rs, ctx, "tx_id", TxId.class),
            Columns.get(rs, ctx, "app_id", AppId.class), Columns.get(rs, ctx, "fan", Address.class),
            Columns.get(rs, ctx, "creator", Address.class), Columns.get(rs, ctx, "amount", MicroAlgos.class),
            Columns.get(rs, ctx, "memo", Memo.class), Columns.get(rs, ctx, "round", Round.class),
            Columns.get(rs, ctx, "detected_at", Instant.class));
    private static final RowMapper<Totals> TOTALS = (rs, ctx) -> new Totals(rs.getLong("n"),
            Columns.get(rs, ctx, "total", MicroAlgos.class), rs.getLong("others"));
    private static final RowMapper<Ranked> RANKED = (rs, ctx) -> new Ranked(
            Columns.get(rs, ctx, "party", Address.class), rs.getLong("n"),
            Columns.get(rs, ctx, "total", MicroAlgos.class), rs.getLong("others"));

    // The %s are our own column names ("fan", "creator") and clauses, never input.
    private static final String RECENT = """
            SELECT * FROM tips WHERE %s = :party
            ORDER BY round DESC, detected_at DESC, tx_id DESC
            LIMIT :limit
            """;
    private static final String TOTALS_SQL = """
            SELECT count(*) AS n, coalesce(sum(amount), 0) AS total, count(DISTINCT %s) AS others
              FROM tips WHERE %s = :party
            """;
    private static final String RANK = """
            SELECT %s AS party, count(*) AS n, sum(amount) AS total, count(DISTINCT %s) AS others
              FROM tips %s
             GROUP BY %s
             ORDER BY total DESC, n DESC, party
             LIMIT :limit OFFSET :offset
            """;

    private final Session session;

    JdbiTips(Session session) {
        this.session = session;
    }

    @Override
    public boolean insertIfAbsent(Tip tip) {
        Objects.requireNonNull(tip, "tip");
        return session.write(h -> h.createUpdate("""
                        INSERT INTO tips (tx_id, app_id, fan, creator, amount, memo, round, detected_at)
                        VALUES (:tx_id, :app_id, :fan, :creator, :amount, :memo, :round, :detected_at)
                        ON CONFLICT (tx_id) DO NOTHING
                        """)
                .bind("tx_id", tip.txId())
                .bind("app_id", tip.appId())
                .bind("fan", tip.fan())
                .bind("creator", tip.creator())
                .bind("amount", tip.amount())
                .bind("memo", tip.memo())
                .bind("round", tip.round())
                .bind("detected_at", tip.detectedAt())
                .execute()) == 1;
    }

    @Override
    public Optional<Tip> find(TxId txId) {
        return session.read(h -> h.createQuery("SELECT * FROM tips WHERE tx_id = :tx_id")
                .bind("tx_id", txId).map(ROW).findOne());
    }

    @Override
    public Map<TxId, Tip> findAll(Collection<TxId> txIds) {
        if (txIds.isEmpty()) {
            return Map.of();
        }
        Map<TxId, Tip> found = new HashMap<>();
        session.read(h -> h.createQuery("SELECT * FROM tips WHERE tx_id = ANY(:ids)")
                .bindArray("ids", TxId.class, txIds.stream().distinct().toList())
                .map(ROW).list()).forEach(tip -> found.put(tip.txId(), tip));
        return found;
    }

    @Override
    public List<Tip> recentByFan(Address fan, int limit) {
        return recent("fan", fan, limit);
    }

    @Override
    public List<Tip> recentByCreator(Address creator, int limit) {
        return recent("creator", creator, limit);
    }

    @Override
    public Totals fanTotals(Address fan) {
        return totals("fan", "creator", fan);
    }

    @Override
    public Totals creatorTotals(Address creator) {
        return totals("creator", "fan", creator);
    }

    @Override
    public List<Ranked> creatorsOfFan(Address fan, int limit) {
        return rank("creator", "fan", "WHERE fan = :party", fan, 0, limit);
    }

    @Override
    public List<Ranked> fansOfCreator(Address creator, int limit) {
        return rank("fan", "creator", "WHERE creator = :party", creator, 0, limit);
    }

    @Override
    public List<Ranked> fansOfCreator(Address creator, int offset, int limit) {
        return rank("fan", "creator", "WHERE creator = :party", creator, offset, limit);
    }

    @Override
    public List<Ranked> topCreators(int limit) {
        return rank("creator", "fan", "", null, 0, limit);
    }

    @Override
    public List<Ranked> topCreators(int offset, int limit) {
        return rank("creator", "fan", "", null, offset, limit);
    }

    private List<Tip> recent(String side, Address party, int limit) {
        checkLimit(limit);
        return session.read(h -> h.createQuery(RECENT.formatted(side))
                .bind("party", party).bind("limit", limit).map(ROW).list());
    }

    private Totals totals(String side, String other, Address party) {
        return session.read(h -> h.createQuery(TOTALS_SQL.formatted(other, side))
                .bind("party", party).map(TOTALS).one());
    }

    private List<Ranked> rank(String group, String other, String where, Address party, int offset, int limit) {
        checkLimit(limit);
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
        return session.read(h -> {
            var query = h.createQuery(RANK.formatted(group, other, where, group)).bind("limit", limit)
                    .bind("offset", offset);
            if (party != null) {
                query.bind("party", party);
            }
            return query.map(RANKED).list();
        });
    }

    private static void checkLimit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }
}
