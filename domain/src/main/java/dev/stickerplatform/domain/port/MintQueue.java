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

    /**
     * Claims up to {@code max} jobs at once under the same rules as {@link #claim}, oldest due first. An
     * implementation should take them in one round trip; this default claims them one by one.
     */
    default java.util.List<MintJob> claim(String worker, Duration lease, int max) {
        java.util.List<MintJob> claimed = new java.util.ArrayList<>();
        while (claimed.size() < max) {
            Optional<MintJob> next = claim(worker, lease);
            if (next.isEmpty()) {
                break;
            }
            claimed.add(next.get());
        }
        return claimed;
    }

    /** Gives up {@code worker}'s leases on these jobs; one round trip where the implementation can. */
    default void release(java.util.Collection<UUID> jobIds, String worker) {
        jobIds.forEach(id -> release(id, worker));
    }

    /** Gives up {@code worker}'s lease on the job (no-op when it does not hold it). */
    void release(UUID jobId, String worker);

    /** Waits up to {@code maxWait} for work to appear; may return early or spuriously. */
    void awaitWork(Duration maxWait) throws InterruptedException;
}
