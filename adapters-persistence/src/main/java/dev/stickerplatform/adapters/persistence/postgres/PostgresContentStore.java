package dev.stickerplatform.adapters.persistence.postgres;

import dev.stickerplatform.adapters.persistence.content.UnixFsCid;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.ContentRef;
import dev.stickerplatform.domain.port.ContentQuotaExceededException.Limit;
import dev.stickerplatform.domain.port.ContentQuotaExceededException;
import dev.stickerplatform.domain.port.ContentStore;
import dev.stickerplatform.domain.port.ContentStoreUnavailableException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * The {@link ContentStore} in PostgreSQL (the default whenever {@code DATABASE_URL} is set): each CID's bytes once
 * in {@code content_blobs}, a reference count per owner in {@code content_refs}, shared by every process on the
 * database. A pin takes a transaction-scoped advisory lock on its owner (so the quota check and the new reference
 * commit together) and then writes the blob row; an unpin locks the blob row first. So a pin and an unpin of one
 * CID never interleave: the content is deleted only when its last reference is gone, and a pin that races with
 * that deletion inserts the content again.
 */
public final class PostgresContentStore implements ContentStore {
    private final Jdbi jdbi;
    private final String gatewayBase;
    private final long maxBytesPerOwner;

    /**
     * @param gatewayBase      URLs are this + "/" + CID (display links only)
     * @param maxBytesPerOwner the most content (sum of distinct sizes) one owner may reference
     */
    public PostgresContentStore(DataSource dataSource, String gatewayBase, long maxBytesPerOwner) {
        this.jdbi = DomainTypes.jdbi(dataSource);
        Objects.requireNonNull(gatewayBase, "gatewayBase");
        this.gatewayBase = gatewayBase.endsWith("/") ? gatewayBase.substring(0, gatewayBase.length() - 1)
                : gatewayBase;
        this.maxBytesPerOwner = maxBytesPerOwner;
    }

    @Override
    public ContentRef pin(Address owner, byte[] content, String name, String mimeType) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(mimeType, "mimeType");
        String cid = UnixFsCid.of(content);
        inTransaction(h -> {
            h.createQuery("SELECT pg_advisory_xact_lock(hashtextextended('content_refs.owner:' || :owner, 0))")
                    .bind("owner", owner).mapTo(String.class).one();
            boolean referenced = h.createQuery("SELECT 1 FROM content_refs WHERE cid = :cid AND owner = :owner")
                    .bind("cid", cid).bind("owner", owner).mapTo(Integer.class).findOne().isPresent();
            if (!referenced) {
                long used = h.createQuery("""
                                SELECT coalesce(sum(b.size), 0) FROM content_refs r JOIN content_blobs b USING (cid)
                                WHERE r.owner = :owner
                                """)
                        .bind("owner", owner).mapTo(Long.class).one();
                if (used + content.length > maxBytesPerOwner) {
                    throw new ContentQuotaExceededException(Limit.OWNER_BYTES, maxBytesPerOwner);
                }
            }
            h.createUpdate("""
                            INSERT INTO content_blobs (cid, mime_type, size, bytes) VALUES (:cid, :mime, :size, :bytes)
                            ON CONFLICT (cid) DO UPDATE SET mime_type = EXCLUDED.mime_type
                            """)
                    .bind("cid", cid).bind("mime", mimeType).bind("size", (long) content.length)
                    .bind("bytes", content).execute();
            return h.createUpdate("""
                            INSERT INTO content_refs (cid, owner, refs) VALUES (:cid, :owner, 1)
                            ON CONFLICT (cid, owner) DO UPDATE SET refs = content_refs.refs + 1
                            """)
                    .bind("cid", cid).bind("owner", owner).execute();
        });
        return new ContentRef(cid, gatewayBase + "/" + cid);
    }

    @Override
    public boolean unpin(Address owner, String cid) {
        Objects.requireNonNull(owner, "owner");
        if (!UnixFsCid.looksValid(cid)) {
            return false;
        }
        return inTransaction(h -> {
            if (h.createQuery("SELECT 1 FROM content_blobs WHERE cid = :cid FOR UPDATE").bind("cid", cid)
                    .mapTo(Integer.class).findOne().isEmpty()) {
                return false;
            }
            Optional<Integer> left = h.createQuery("""
                            UPDATE content_refs SET refs = refs - 1 WHERE cid = :cid AND owner = :owner AND refs > 1
                            RETURNING refs
                            """)
                    .bind("cid", cid).bind("owner", owner).mapTo(Integer.class).findOne();
            if (left.isPresent()) {
                return false;
            }
            int removed = h.createUpdate("DELETE FROM content_refs WHERE cid = :cid AND owner = :owner")
                    .bind("cid", cid).bind("owner", owner).execute();
            if (removed == 0) {
                return false;
            }
            return h.createUpdate("""
                            DELETE FROM content_blobs
                            WHERE cid = :cid AND NOT EXISTS (SELECT 1 FROM content_refs WHERE cid = :cid)
                            """)
                    .bind("cid", cid).execute() > 0;
        });
    }

    @Override
    public Optional<Content> fetch(String cid) {
        if (!UnixFsCid.looksValid(cid)) {
            return Optional.empty();
        }
        try {
            return jdbi.withHandle(h -> h.createQuery("SELECT bytes, mime_type FROM content_blobs WHERE cid = :cid")
                    .bind("cid", cid)
                    .map((rs, ctx) -> new Content(rs.getBytes("bytes"), rs.getString("mime_type")))
                    .findOne());
        } catch (JdbiException e) {
            throw new ContentStoreUnavailableException("the content database failed", e);
        }
    }

    private <T> T inTransaction(Function<Handle, T> work) {
        try {
            return jdbi.inTransaction(work::apply);
        } catch (JdbiException e) {
            throw new ContentStoreUnavailableException("the content database failed", e);
        }
    }
}
