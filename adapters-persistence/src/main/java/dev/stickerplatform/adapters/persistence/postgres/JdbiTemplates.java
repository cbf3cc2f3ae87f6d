package dev.stickerplatform.adapters.persistence.postgres;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.ContentRef;
import dev.stickerplatform.domain.model.Hash32;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.StickerTemplate;
import dev.stickerplatform.domain.model.StickerType;
import dev.stickerplatform.domain.model.TemplateCategory;
import dev.stickerplatform.domain.port.DuplicateException;
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
 * Sticker templates, unique per (creator, category, type, threshold) and per (creator, membership category) by
 * constraint. A clashing insert is refused with {@code ON CONFLICT DO NOTHING}, so no database error aborts a
 * surrounding transaction.
 */
final class JdbiTemplates implements Store.Templates {
    static final RowMapper<StickerTemplate> ROW = (rs, ctx) -> new StickerTemplate(rs.getLong("id"),
            Columns.get(rs, ctx, "creator", Address.class), rs.getString("name"),
            Columns.get(rs, ctx, "sticker_type", StickerType.class),
            Columns.get(rs, ctx, "category", TemplateCategory.class),
            Columns.get(rs, ctx, "threshold", MicroAlgos.class),
            new ContentRef(rs.getString("image_cid"), rs.getString("image_url")), rs.getString("image_mime_type"),
            new ContentRef(rs.getString("metadata_cid"), rs.getString("metadata_url")),
            Columns.get(rs, ctx, "metadata_hash", Hash32.class), Columns.get(rs, ctx, "created_at", Instant.class));

    private final Session session;

    JdbiTemplates(Session session) {
        this.session = session;
    }

    @Override
    public StickerTemplate insert(StickerTemplate template) {
        Objects.requireNonNull(template, "template");
        Optional<Long> id = session.write(h -> h.createQuery("""
                        INSERT INTO sticker_templates (creator, name, sticker_type, category, threshold, image_cid,
                               image_url, image_mime_type, metadata_cid, metadata_url, metadata_hash, created_at)
                        VALUES (:creator, :name, :type, :category, :threshold, :image_cid, :image_url, :mime,
                                :metadata_cid, :metadata_url, :metadata_hash, :created_at)
                        ON CONFLICT DO NOTHING
                        RETURNING id
                        """)
                .bind("creator", template.creator())
                .bind("name", template.name())
                .bind("type", template.type())
                .bind("category", template.category())
                .bind("threshold", template.threshold())
                .bind("image_cid", template.image().cid())
                .bind("image_url", template.image().gatewayUrl())
                .bind("mime", template.imageMimeType())
                .bind("metadata_cid", template.metadata().cid())
                .bind("metadata_url", template.metadata().gatewayUrl())
                .bind("metadata_hash", template.metadataHash())
                .bind("created_at", template.createdAt())
                .mapTo(Long.class)
                .findOne());
        return template.withId(id.orElseThrow(() -> new DuplicateException("the creator already has a "
                + template.category().wireName() + " template like this one")));
    }

    @Override
    public Optional<StickerTemplate> find(long id) {
        return session.read(h -> h.createQuery("SELECT * FROM sticker_templates WHERE id = :id")
                .bind("id", id).map(ROW).findOne());
    }

    @Override
    public List<StickerTemplate> byCreator(Address creator) {
        return session.read(h -> h.createQuery("""
                        SELECT * FROM sticker_templates WHERE creator = :creator ORDER BY created_at DESC, id DESC
                        """)
                .bind("creator", creator).map(ROW).list());
    }

    @Override
    public Map<Long, StickerTemplate> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return new HashMap<>();
        }
        List<StickerTemplate> found = session.read(h -> h.createQuery(
                        "SELECT * FROM sticker_templates WHERE id = ANY(:ids)")
                .bindArray("ids", Long.class, List.copyOf(ids)).map(ROW).list());
        Map<Long, StickerTemplate> byId = new HashMap<>();
        found.forEach(template -> byId.put(template.id(), template));
        return byId;
    }

    @Override
    public int countByCreator(Address creator) {
        return session.read(h -> h.createQuery("SELECT count(*) FROM sticker_templates WHERE creator = :creator")
                .bind("creator", creator).mapTo(Integer.class).one());
    }

    @Override
    public boolean delete(long id) {
        return session.write(h -> h.createUpdate("DELETE FROM sticker_templates WHERE id = :id")
                .bind("id", id).execute()) > 0;
    }
}
