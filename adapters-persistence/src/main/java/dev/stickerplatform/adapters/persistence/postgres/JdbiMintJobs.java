package dev.stickerplatform.adapters.persistence.postgres;

import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.Hash32;
import dev.stickerplatform.domain.model.JobStage;
import dev.stickerplatform.domain.model.MintJob;
import dev.stickerplatform.domain.model.MintOrder;
import dev.stickerplatform.domain.model.StickerType;
import dev.stickerplatform.domain.model.TemplateCategory;
import dev.stickerplatform.domain.port.PageRequest;
import dev.stickerplatform.domain.port.StaleWriteException;
import dev.stickerplatform.domain.port.Store;
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
        byte[] hash = rs.getBytes("metadata_hash");
        Long asset = Columns.nullableLong(rs, "asset_id");
        MintOrder order = new MintOrder(Columns.txId(rs, "tip_tx_id"), Columns.address(rs, "fan"),
                Columns.address(rs, "creator"), rs.getLong("template_id"),
                Columns.enumOf(StickerType.class, rs, "sticker_type"),
                Columns.enumOf(TemplateCategory.class, rs, "category"), rs.getString("asset_name"),
                rs.getString("asset_url"), hash == null ? null : Hash32.of(hash), Columns.instant(rs, "expires_at"));
        return new MintJob(rs.getObject("id", UUID.class), order, Columns.enumOf(JobStage.class, rs, "stage"),
                Columns.chainWrite(rs), asset == null ? null : AssetId.of(asset), Columns.nullableLong(rs, "sticker_id"),
                Columns.txId(rs, "delivery_tx_id"), rs.getInt("attempts"), Columns.instant(rs, "not_before"),
                rs.getString("last_error"), rs.getString("dead_reason"), Columns.instant(rs, "created_at"),
                Columns.instant(rs, "updated_at"), rs.getLong("version"));
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
                query.bind("stage", stage.name());
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
                .map((rs, ctx) -> Map.entry(Columns.enumOf(JobStage.class, rs, "stage"), rs.getLong("n")))
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
                .bind("tip_tx_id", job.tipTxId().value())
                .bind("fan", job.fan().value())
                .bind("creator", job.creator().value())
                .bind("template_id", job.templateId())
                .bind("type", job.type().name())
                .bind("category", job.category().name())
                .bind("asset_name", job.assetName())
                .bind("asset_url", job.assetUrl())
                .bind("metadata_hash", job.metadataHash() == null ? null : job.metadataHash().bytes())
                .bind("expires_at", Columns.time(job.expiresAt()))
                .bind("stage", job.stage().name())
                .bind("asset_id", job.assetId() == null ? null : job.assetId().value())
                .bind("sticker_id", job.stickerId())
                .bind("delivery_tx_id", Columns.valueOf(job.deliveryTxId()))
                .bind("attempts", job.attempts())
                .bind("not_before", Columns.time(job.notBefore()))
                .bind("last_error", Columns.diagnostic(job.lastError()))
                .bind("dead_reason", Columns.diagnostic(job.deadReason()))
                .bind("created_at", Columns.time(job.createdAt()))
                .bind("updated_at", Columns.time(job.updatedAt()));
    }
}
