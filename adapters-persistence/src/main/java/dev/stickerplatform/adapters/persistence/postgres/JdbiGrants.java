package dev.stickerplatform.adapters.persistence.postgres;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.Grant;
import dev.stickerplatform.domain.model.GrantKind;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.Store;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;

/** Grants by origin id ({@code INSERT … ON CONFLICT DO NOTHING} makes a repeated grant a no-op). */
final class JdbiGrants implements Store.Grants {
    private static final RowMapper<Grant> ROW = (rs, ctx) -> new Grant(Columns.get(rs, ctx, "origin_id", TxId.class),
            rs.getObject("request_id", UUID.class), Columns.get(rs, ctx, "kind", GrantKind.class),
            Columns.get(rs, ctx, "granted_by", Address.class), rs.getLong("template_id"),
            Columns.get(rs, ctx, "creator", Address.class), Columns.get(rs, ctx, "fan", Address.class),
            rs.getString("reason"), Columns.get(rs, ctx, "created_at", Instant.class));

    private final Session session;

    JdbiGrants(Session session) {
        this.session = session;
    }

    @Override
    public boolean insertIfAbsent(Grant grant) {
        Objects.requireNonNull(grant, "grant");
        return session.write(h -> h.createUpdate("""
                INSERT INTO grants (origin_id, request_id, kind, granted_by, template_id, creator, fan, reason,
                                    created_at)
                VALUES (:origin_id, :request_id, :kind, :granted_by, :template_id, :creator, :fan, :reason,
                        :created_at)
                ON CONFLICT DO NOTHING
                """)
                .bind("origin_id", grant.originId())
                .bind("request_id", grant.requestId())
                .bind("kind", grant.kind())
                .bind("granted_by", grant.grantedBy())
                .bind("template_id", grant.templateId())
                .bind("creator", grant.creator())
                .bind("fan", grant.fan())
                .bind("reason", grant.reason())
                .bind("created_at", grant.createdAt())
                .execute()) == 1;
    }

    @Override
    public Optional<Grant> find(TxId originId) {
        return session.read(h -> h.createQuery("SELECT * FROM grants WHERE origin_id = :id")
                .bind("id", originId).map(ROW).findOne());
    }

    @Override
    public Map<TxId, Grant> findAll(Collection<TxId> originIds) {
        if (originIds.isEmpty()) {
            return Map.of();
        }
        Map<TxId, Grant> found = new HashMap<>();
        session.read(h -> h.createQuery("SELECT * FROM grants WHERE origin_id = ANY(:ids)")
                .bindArray("ids", TxId.class, originIds.stream().distinct().toList())
                .map(ROW).list()).forEach(grant -> found.put(grant.originId(), grant));
        return found;
    }

    @Override
    public long countByGrantorSince(Address grantedBy, GrantKind kind, Instant since) {
        return session.read(h -> h.createQuery("""
                SELECT count(*) FROM grants WHERE granted_by = :by AND kind = :kind AND created_at >= :since
                """)
                .bind("by", grantedBy).bind("kind", kind).bind("since", since)
                .mapTo(Long.class).one());
    }
}
