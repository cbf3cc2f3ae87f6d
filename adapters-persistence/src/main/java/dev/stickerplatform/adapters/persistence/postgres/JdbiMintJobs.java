package dev.stickerplatform.adapters.persistence.postgres;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.Hash32;
import dev.stickerplatform.domain.model.JobStage;
import dev.stickerplatform.domain.model.MintJob;
import dev.stickerplatform.domain.model.MintOrder;
import dev.stickerplatform.domain.model.StickerType;
import dev.stickerplatform.domain.model.TemplateCategory;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.PageRequest;
import dev.stickerplatform.domain.port.StaleWriteException;
import dev.stickerplatform.domain.port.Store;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Mint jobs, saved under optimistic locking ({@code UPDATE … WHERE id = ? AND version = ?}). The queue's lease
 * lives in the same row but is not part of the record: a save keeps it while the job stays workable and clears
 * it once the job is parked, finished or dead.
 */
final class JdbiMintJobs implements Store.MintJobs {
    static final RowMapper<MintJob> ROW = (rs, ctx) -> {
        MintOrder order = new MintOrder(Columns.get(rs, ctx, "tip_tx_id", TxId.class),
                Columns.get(rs, ctx, "fan", Address.class), Columns.get(rs, ctx, "creator", Address.class),
                rs.getLong("template_id"), Columns.get(rs, ctx, "sticker_type", StickerType.class),
                Columns.get(rs, ctx, "category", TemplateCategory.class), rs.getString("asset_name"),
                rs.getString("asset_url"), Columns.get(rs, ctx, "metadata_hash", Hash32.class),
                Columns.get(rs, ctx, "expires_at", Instant.class));
        return new MintJob(rs.getObject("id", UUID.class), order, Columns.get(rs, ctx, "stage", JobStage.class),
                Columns.chainWrite(rs, ctx), Columns.get(rs, ctx, "asset_id", AssetId.class),
                Columns.nullableLong(rs, "sticker_id"), Columns.get(rs, ctx, "delivery_tx_id", TxId.class),
                rs.getInt("attempts"), Columns.get(rs, ctx, "not_before", Instant.class), rs.getString("last_error"),
                rs.getString("dead_reason"), Columns.get(rs, ctx, "created_at", Instant.class),
                Columns.get(rs, ctx, "updated_at", Instant.class), rs.getLong("version"));
    };
    /** The stages a worker can pick up, as SQL; must agree with {@link JobStage#isWorkable()}. */
    static final String WORKABLE = "stage NOT IN ('PENDING_OPTIN', 'DELIVERED', 'DESTROYED')";

    private static final String SAVE = """
                UPDATE mint_jobs SET tip_tx_id = :tip_tx_id, fan = :fan, creator = :creator,
                       template_id = :template_id, sticker_type = :type, category = :category,
                       asset_name = :asset_name, asset_url = :asset_url, metadata_hash = :metadata_hash,
                       expires_at = :expires_at, stage = :stage, pending_tx_id = :pending_tx_id,
                       pending_last_valid = :pending_last_valid, pending_signed = :pending_signed,
                       asset_id = :asset_id, sticker_id = :sticker_id, delivery_tx_id = :delivery_tx_id,
                       attempts = :attempts, not_before = :not_before, last_error = :last_error,
                       dead_reason = :dead_reason, created_at = :created_at, updated_at = :updated_at,
                       version = :version + 1,
                       lease_owner = CASE WHEN :keeps_lease THEN lease_owner END,
                       lease_until = CASE WHEN :keeps_lease THEN lease_until END
                 WHERE id = :id AND version = :version
                """;

    private final Session session;

    JdbiMintJobs(Session session) {
        this.session = session;
    }

    @Override
    public boolean insertIfAbsent(MintJob job) {
        Objects.requireNonNull(job, "job");
        return session.write(h -> bind(h.createUpdate("""
                INSERT INTO mint_jobs (id, tip_tx_id, fan, creator, template_id, sticker_type, category, asset_name,
                       asset_url, metadata_hash, expires_at, stage, pending_tx_id, pending_last_valid, pending_signed,
                       asset_id, sticker_id, delivery_tx_id, attempts, not_before, last_error, dead_reason,
                       created_at, updated_at, version)
                VALUES (:id, :tip_tx_id, :fan, :creator, :template_id, :type, :category, :asset_name, :asset_url,
                        :metadata_hash, :expires_at, :stage, :pending_tx_id, :pending_last_valid, :pending_signed,
                        :asset_id, :sticker_id, :delivery_tx_id, :attempts, :not_before, :last_error, :dead_reason,
                        :created_at, :updated_at, :version)
                ON CONFLICT DO NOTHING
                """), job).bind("version", job.version()).execute()) == 1;
    }

    @Override
    public Optional<MintJob> find(UUID id) {
        return session.read(h -> h.createQuery("SELECT * FROM mint_jobs WHERE id = :id")
                .bind("id", id).map(ROW).findOne());
    }

    @Override
    public Map<UUID, MintJob> findAll(java.util.Collection<UUID> ids) {
        Map<UUID, MintJob> found = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        session.read(h -> h.createQuery("SELECT * FROM mint_jobs WHERE id = ANY(:ids)")
                .bindArray("ids", UUID.class, ids.stream().distinct().toArray(UUID[]::new))
                .map(ROW).list()).forEach(job -> found.put(job.id(), job));
        return found;
    }

    @Override
    public MintJob save(MintJob job) {
        Objects.requireNonNull(job, "job");
        MintJob next = job.withVersion(job.version() + 1);
        int updated = session.write(h -> bind(h.createUpdate(SAVE), job)
                .bind("version", job.version())
                .bind("keeps_lease", job.stage().isWorkable() && !job.isDead())
                .execute());
        if (updated == 0) {
            throw new StaleWriteException("mint job " + job.id() + " is no longer at version " + job.version());
        }
        return next;
    }

    /** One JDBC batch: a single round trip for all the jobs. */
    @Override
    public List<MintJob> saveAll(List<MintJob> jobs) {
        if (jobs.isEmpty()) {
            return List.of();
        }
        int[] updated = session.write(h -> {
            var batch = h.prepareBatch(SAVE);
            for (MintJob job : jobs) {
                bind(batch, job).bind("version", job.version())
                        .bind("keeps_lease", job.stage().isWorkable() && !job.isDead())
                        .add();
            }
            return batch.execute();
        });
        for (int i = 0; i < jobs.size(); i++) {
            if (updated[i] == 0) {
                throw new StaleWriteException("mint job " + jobs.get(i).id() + " is no longer at version "
                        + jobs.get(i).version());
            }
        }
        return jobs.stream().map(job -> job.withVersion(job.version() + 1)).toList();
    }

    @Override
    public List<MintJob> list(JobStage stage, boolean dead, PageRequest page) {
        String where = (dead ? "dead_reason IS NOT NULL" : "dead_reason IS NULL")
                + (stage == null ? "" : " AND stage = :stage");
        return session.read(h -> {
            var query = h.createQuery("SELECT * FROM mint_jobs WHERE " + where
                            + " ORDER BY created_at, id LIMIT :limit OFFSET :offset")
                    .bind("limit", page.limit())
                    .bind("offset", page.offset());
            if (stage != null) {
                query.bind("stage", stage);
            }
            return query.map(ROW).list();
        });
    }

    @Override
    public Map<JobStage, Long> countByStage() {
        Map<JobStage, Long> counts = new EnumMap<>(JobStage.class);
        for (JobStage stage : JobStage.values()) {
            counts.put(stage, 0L);
        }
        session.read(h -> h.createQuery("SELECT stage, count(*) AS n FROM mint_jobs GROUP BY stage")
                .map((rs, ctx) -> Map.entry(Columns.get(rs, ctx, "stage", JobStage.class), rs.getLong("n")))
                .list()).forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    @Override
    public long countDead() {
        return session.read(h -> h.createQuery("SELECT count(*) FROM mint_jobs WHERE dead_reason IS NOT NULL")
                .mapTo(Long.class).one());
    }

    @Override
    public long countUnmintedByTemplate(long templateId) {
        return session.read(h -> h.createQuery("""
                        SELECT count(*) FROM mint_jobs
                        WHERE template_id = :template_id AND stage IN ('QUEUED', 'MINT_SUBMITTED')
                        """).bind("template_id", templateId).mapTo(Long.class).one());
    }

    private static <S extends SqlStatement<S>> S bind(S statement, MintJob job) {
        return Columns.bindWrite(statement, job.pendingWrite())
                .bind("id", job.id())
                .bind("tip_tx_id", job.tipTxId())
                .bind("fan", job.fan())
                .bind("creator", job.creator())
                .bind("template_id", job.templateId())
                .bind("type", job.type())
                .bind("category", job.category())
                .bind("asset_name", job.assetName())
                .bind("asset_url", job.assetUrl())
                .bindByType("metadata_hash", job.metadataHash(), Hash32.class)
                .bindByType("expires_at", job.expiresAt(), Instant.class)
                .bind("stage", job.stage())
                .bindByType("asset_id", job.assetId(), AssetId.class)
                .bind("sticker_id", job.stickerId())
                .bindByType("delivery_tx_id", job.deliveryTxId(), TxId.class)
                .bind("attempts", job.attempts())
                .bind("not_before", job.notBefore())
                .bind("last_error", Columns.diagnostic(job.lastError()))
                .bind("dead_reason", Columns.diagnostic(job.deadReason()))
                .bind("created_at", job.createdAt())
                .bind("updated_at", job.updatedAt());
    }
}
