package dev.stickerplatform.domain.port;

import dev.stickerplatform.domain.model.MintJob;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Hands mint jobs to workers, in any number of threads or processes. Jobs are inserted and saved through
 * {@link Store.MintJobs} (so enqueueing is part of the listener's transaction); this port only schedules them.
 *
 * <p>Contract:
 * <ul>
 *   <li>{@link #claim} returns a job that is workable ({@code stage.isWorkable()}), not dead, due
 *       ({@code notBefore <= now}) and not leased by anyone else, and leases it to {@code worker} for
 *       {@code lease}; the oldest due job first. No two live leases on one job ever exist.</li>
 *   <li>An expired lease makes the job claimable again (the worker is presumed dead). Its stale saves then fail
 *       with {@link StaleWriteException}, because the new holder saves first or reads a newer version.</li>
 *   <li>{@link #awaitWork} returns early when a job may have become due (a new job committed, a retry, a
 *       release, a re-drive) — it is a wake-up hint, never a guarantee.</li>
 * </ul>
 */
public interface MintQueue {
    Optional<MintJob> claim(String worker, Duration lease);

    /** Gives up {@code worker}'s lease on the job (no-op when it does not hold it). */
    void release(UUID jobId, String worker);

    /** Waits up to {@code maxWait} for work to appear; may return early or spuriously. */
    void awaitWork(Duration maxWait) throws InterruptedException;
}
