package dev.stickerplatform.adapters.persistence.postgres;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.DeliveryStatus;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.Sticker;
import dev.stickerplatform.domain.model.StickerType;
import dev.stickerplatform.domain.model.TemplateCategory;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.DuplicateException;
import dev.stickerplatform.domain.port.PageRequest;
import dev.stickerplatform.domain.port.Store;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Minted stickers: one per tip and one per asset, by constraint. Counts include every delivery status unless one
 * is asked for; "newest first" is by mint time, then id.
 */
final class JdbiStickers implements Store.Stickers {
    static final RowMapper<Sticker> ROW = (rs, ctx) -> new Sticker(rs.getLong("id"),
            Columns.get(rs, ctx, "tip_tx_id", TxId.class), rs.getLong("template_id"),
            Columns.get(rs, ctx, "creator", Address.class), Columns.get(rs, ctx, "owner", Address.class),
            Columns.get(rs, ctx, "sticker_type", StickerType.class),
            Columns.get(rs, ctx, "category", TemplateCategory.class), Columns.get(rs, ctx, "asset_id", AssetId.class),
            Columns.get(rs, ctx, "status", DeliveryStatus.class), Columns.get(rs, ctx, "delivery_tx_id", TxId.class),
            Columns.get(rs, ctx, "expires_at", Instant.class), Columns.get(rs, ctx, "minted_at", Instant.class),
            Columns.get(rs, ctx, "delivered_at", Instant.class), Columns.get(rs, ctx, "owner_round", Round.class));

    /** Replaces a sticker; the owner stays once the chain moved it (owner_round stored). */
    private static final String UPDATE = """
                UPDATE stickers SET tip_tx_id = :tip_tx_id, template_id = :template_id, creator = :creator,
                       owner = CASE WHEN owner_round IS NULL THEN :owner ELSE owner END, sticker_type = :type,
                       category = :category, asset_id = :asset_id,
                       status = :status, delivery_tx_id = :delivery_tx_id, expires_at = :expires_at,
                       minted_at = :minted_at, delivered_at = :delivered_at
                 WHERE id = :id
                """;

    private final Session session;

    JdbiStickers(Session session) {
        this.session = session;
    }

    @Override
    public Sticker insert(Sticker sticker) {
        Objects.requireNonNull(sticker, "sticker");
        Optional<Long> id = session.write(h -> bind(h.createQuery("""
                INSERT INTO stickers (tip_tx_id, template_id, creator, owner, sticker_type, category, asset_id,
                       status, delivery_tx_id, expires_at, minted_at, delivered_at, owner_round)
                VALUES (:tip_tx_id, :template_id, :creator, :owner, :type, :category, :asset_id, :status,
                        :delivery_tx_id, :expires_at, :minted_at, :delivered_at, :owner_round)
                ON CONFLICT DO NOTHING
                RETURNING id
                """), sticker).bindByType("owner_round", sticker.ownerRound(), Round.class)
                .mapTo(Long.class).findOne());
        return sticker.withId(id.orElseThrow(() -> new DuplicateException("tip " + sticker.tipTxId()
                + " or asset " + sticker.assetId() + " already has a sticker")));
    }

    @Override
    public void update(Sticker sticker) {
        Objects.requireNonNull(sticker, "sticker");
        int updated = session.write(h -> bind(h.createUpdate(UPDATE), sticker).bind("id", sticker.id()).execute());
        if (updated == 0) {
            throw new IllegalArgumentException("no sticker " + sticker.id());
        }
    }

    @Override
    public Optional<Sticker> moveOwner(AssetId asset, Address owner, Round round) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(round, "round");
        return session.write(h -> {
            Optional<Sticker> moved = h.createQuery("""
                    UPDATE stickers SET owner = :owner, owner_round = :round
                     WHERE asset_id = :asset AND (owner_round IS NULL OR owner_round <= :round)
                    RETURNING *
                    """).bind("owner", owner).bind("round", round).bind("asset", asset)
                    .map(ROW).findOne();
            return moved.isPresent() ? moved : h.createQuery("SELECT * FROM stickers WHERE asset_id = :asset")
                    .bind("asset", asset).map(ROW).findOne();
        });
    }


    @Override
    public Optional<Sticker> find(long id) {
        return session.read(h -> h.createQuery("SELECT * FROM stickers WHERE id = :id")
                .bind("id", id).map(ROW).findOne());
    }

    @Override
    public Optional<Sticker> findByTip(TxId tipTxId) {
        return session.read(h -> h.createQuery("SELECT * FROM stickers WHERE tip_tx_id = :tip")
                .bind("tip", tipTxId).map(ROW).findOne());
    }

    @Override
    public Optional<Sticker> findByAsset(AssetId asset) {
        return session.read(h -> h.createQuery("SELECT * FROM stickers WHERE asset_id = :asset")
                .bind("asset", asset).map(ROW).findOne());
    }

    /** One JDBC batch for all of them. */
    @Override
    public void updateAll(List<Sticker> stickers) {
        if (stickers.isEmpty()) {
            return;
        }
        int[] updated = session.write(h -> {
            var batch = h.prepareBatch(UPDATE);
            for (Sticker sticker : stickers) {
                bind(batch, sticker).bind("id", sticker.id()).add();
            }
            return batch.execute();
        });
        for (int i = 0; i < stickers.size(); i++) {
            if (updated[i] == 0) {
                throw new IllegalArgumentException("no sticker " + stickers.get(i).id());
            }
        }
    }

    @Override
    public Map<AssetId, Sticker> findByAssets(Collection<AssetId> assets) {
        Map<AssetId, Sticker> found = new HashMap<>();
        if (assets.isEmpty()) {
            return found;
        }
        session.read(h -> h.createQuery("SELECT * FROM stickers WHERE asset_id = ANY(:assets)")
                .bindArray("assets", AssetId.class, assets.stream().distinct().toList())
                .map(ROW).list()).forEach(sticker -> found.put(sticker.assetId(), sticker));
        return found;
    }

    @Override
    public List<Sticker> byOwner(Address owner, DeliveryStatus status, PageRequest page) {
        return session.read(h -> owned(h.createQuery("SELECT * FROM stickers WHERE owner = :owner" + inStatus(status)
                        + " ORDER BY minted_at DESC, id DESC LIMIT :limit OFFSET :offset"), owner, status)
                .bind("limit", page.limit())
                .bind("offset", page.offset())
                .map(ROW).list());
    }

    @Override
    public long countByOwner(Address owner, DeliveryStatus status) {
        return session.read(h -> owned(h.createQuery(
                "SELECT count(*) FROM stickers WHERE owner = :owner" + inStatus(status)), owner, status)
                .mapTo(Long.class).one());
    }

    @Override
    public Map<StickerType, Long> countByOwnerAndType(Address owner) {
        Map<StickerType, Long> counts = new EnumMap<>(StickerType.class);
        session.read(h -> h.createQuery(
                        "SELECT sticker_type, count(*) AS n FROM stickers WHERE owner = :owner AND status = 'DELIVERED'"
                                + " GROUP BY sticker_type")
                .bind("owner", owner)
                .map((rs, ctx) -> Map.entry(Columns.get(rs, ctx, "sticker_type", StickerType.class), rs.getLong("n")))
                .list()).forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    @Override
    public Map<Long, Long> countByTemplates(Collection<Long> templateIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (templateIds.isEmpty()) {
            return counts;
        }
        session.read(h -> h.createQuery("""
                        SELECT template_id, count(*) AS n FROM stickers WHERE template_id = ANY(:ids)
                         GROUP BY template_id
                        """)
                .bindArray("ids", Long.class, List.copyOf(templateIds))
                .map((rs, ctx) -> Map.entry(rs.getLong("template_id"), rs.getLong("n")))
                .list()).forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    @Override
    public long countByCreator(Address creator) {
        return session.read(h -> h.createQuery("SELECT count(*) FROM stickers WHERE creator = :creator")
                .bind("creator", creator).mapTo(Long.class).one());
    }

    @Override
    public Map<Address, Long> countByCreatorForOwners(Address creator, Collection<Address> owners) {
        Map<Address, Long> counts = new HashMap<>();
        if (owners.isEmpty()) {
            return counts;
        }
        session.read(h -> h.createQuery("""
                        SELECT owner, count(*) AS n FROM stickers WHERE creator = :creator AND owner = ANY(:owners)
                           AND status = 'DELIVERED'
                         GROUP BY owner
                        """)
                .bind("creator", creator)
                .bindArray("owners", Address.class, owners.stream().distinct().toList())
                .map((rs, ctx) -> Map.entry(Columns.get(rs, ctx, "owner", Address.class), rs.getLong("n")))
                .list()).forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    @Override
    public Map<Address, Long> countExpiredMemberships(Address creator, Collection<Address> owners, Instant now) {
        Map<Address, Long> counts = new HashMap<>();
        if (owners.isEmpty()) {
            return counts;
        }
        session.read(h -> h.createQuery("""
                        SELECT owner, count(*) AS n FROM stickers
                         WHERE owner = ANY(:owners) AND (CAST(:creator AS text) IS NULL OR creator = :creator)
                           AND status = 'DELIVERED' AND expires_at <= :now
                         GROUP BY owner
                        """)
                .bindByType("creator", creator, Address.class)
                .bindArray("owners", Address.class, owners.stream().distinct().toList())
                .bind("now", now)
                .map((rs, ctx) -> Map.entry(Columns.get(rs, ctx, "owner", Address.class), rs.getLong("n")))
                .list()).forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    private static String inStatus(DeliveryStatus status) {
        return status == null ? "" : " AND status = :status";
    }

    private static Query owned(Query query, Address owner, DeliveryStatus status) {
        query.bind("owner", owner);
        return status == null ? query : query.bind("status", status);
    }

    private static <S extends SqlStatement<S>> S bind(S statement, Sticker sticker) {
        return statement.bind("tip_tx_id", sticker.tipTxId())
                .bind("template_id", sticker.templateId())
                .bind("creator", sticker.creator())
                .bind("owner", sticker.owner())
                .bind("type", sticker.type())
                .bind("category", sticker.category())
                .bind("asset_id", sticker.assetId())
                .bind("status", sticker.status())
                .bindByType("delivery_tx_id", sticker.deliveryTxId(), TxId.class)
                .bindByType("expires_at", sticker.expiresAt(), Instant.class)
                .bind("minted_at", sticker.mintedAt())
                .bindByType("delivered_at", sticker.deliveredAt(), Instant.class);
    }
}
