package dev.stickerplatform.adapters.persistence.memory;

import dev.stickerplatform.domain.port.IdOrder;
import dev.stickerplatform.domain.model.JobStage;
import dev.stickerplatform.domain.model.MintJob;
import dev.stickerplatform.domain.port.PageRequest;
import dev.stickerplatform.domain.port.StaleWriteException;
import dev.stickerplatform.domain.port.Store;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Mint jobs by id, saved under optimistic locking. */
final class MemoryMintJobs implements Store.MintJobs {
    private static final Comparator<MintJob> OLDEST_FIRST = Comparator.comparing(MintJob::createdAt)
            .thenComparing(MintJob::id, IdOrder.IDS);

    private final Context context;

    MemoryMintJobs(Context context) {
        this.context = context;
    }

    @Override
    public boolean insertIfAbsent(MintJob job) {
        Objects.requireNonNull(job, "job");
        return context.write(t -> {
            if (t.jobs.get(job.id()).isPresent()) {
                return false;
            }
            t.jobs.put(job.id(), job);
            return true;
        });
    }

    @Override
    public Optional<MintJob> find(UUID id) {
        return context.read(t -> t.jobs.get(id));
    }

    @Override
    public MintJob save(MintJob job) {
        Objects.requireNonNull(job, "job");
        return context.write(t -> {
            long stored = t.jobs.get(job.id()).map(MintJob::version)
                    .orElseThrow(() -> new StaleWriteException("mint job " + job.id() + " does not exist"));
            if (stored != job.version()) {
                throw new StaleWriteException("mint job " + job.id() + " is at version " + stored + ", not "
                        + job.version());
            }
            MintJob next = job.withVersion(stored + 1);
            t.jobs.put(next.id(), next);
            return next;
        });
    }

    @Override
    public List<MintJob> list(JobStage stage, boolean dead, PageRequest page) {
        return context.read(t -> Lists.page(t.jobs.values()
                .filter(job -> (stage == null || job.stage() == stage) && job.isDead() == dead), OLDEST_FIRST, page));
    }

    @Override
    public Map<JobStage, Long> countByStage() {
        return context.read(t -> {
            Map<JobStage, Long> counts = new EnumMap<>(JobStage.class);
            for (JobStage stage : JobStage.values()) {
                counts.put(stage, 0L);
            }
            t.jobs.values().forEach(job -> counts.merge(job.stage(), 1L, Long::sum));
            return counts;
        });
    }

    @Override
    public long countDead() {
        return context.read(t -> t.jobs.values().filter(MintJob::isDead).count());
    }

    @Override
    public long countUnmintedByTemplate(long templateId) {
        return context.read(t -> t.jobs.values().filter(job -> job.templateId() == templateId
                && (job.stage() == JobStage.QUEUED || job.stage() == JobStage.MINT_SUBMITTED)).count());
    }
}
