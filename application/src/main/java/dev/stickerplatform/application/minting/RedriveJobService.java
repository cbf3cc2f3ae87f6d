package dev.stickerplatform.application.minting;

import dev.stickerplatform.domain.model.MintJob;
import dev.stickerplatform.domain.port.Store;
import java.time.Clock;
import java.util.UUID;

/** An operator puts a dead-lettered mint job back to work, at the stage where it died, with fresh attempts. */
public final class RedriveJobService {
    private final Store store;
    private final Clock clock;

    public RedriveJobService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public sealed interface Result {
        record Redriven(MintJob job) implements Result {
        }

        record NotDead(MintJob job) implements Result {
        }

        record NotFound() implements Result {
        }
    }

    public Result redrive(UUID jobId) {
        MintJob job = store.mintJobs().find(jobId).orElse(null);
        if (job == null) {
            return new Result.NotFound();
        }
        if (!job.isDead()) {
            return new Result.NotDead(job);
        }
        return new Result.Redriven(store.mintJobs().save(job.redriven(clock.instant())));
    }
}
