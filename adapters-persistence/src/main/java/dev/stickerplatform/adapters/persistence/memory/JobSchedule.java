package dev.stickerplatform.adapters.persistence.memory;

import dev.stickerplatform.domain.port.IdOrder;
import dev.stickerplatform.domain.model.MintJob;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The committed jobs a worker may pick up (workable stage, not dead), due-first, and the leases on them.
 * Kept up to date by the committed job table; read and changed only under the store's commit (write) lock, so a
 * claim can never race another claim or a commit.
 */
final class JobSchedule {
    static final Comparator<MintJob> DUE_ORDER = Comparator.comparing(MintJob::notBefore)
            .thenComparing(MintJob::createdAt)
            .thenComparing(MintJob::id, IdOrder.IDS);

    private final NavigableSet<MintJob> runnable = new TreeSet<>(DUE_ORDER);
    private final Map<UUID, Lease> leases = new HashMap<>();

    /** Called by the committed job table on every change ({@code null} = absent). */
    void changed(MintJob before, MintJob after) {
        if (before != null) {
            runnable.remove(before);
        }
        if (after != null && isRunnable(after)) {
            runnable.add(after);
        } else if (before != null) {
            leases.remove(before.id());
        }
    }

    /** The oldest due job without a live lease at {@code now} and not {@code locked}. */
    Optional<MintJob> nextClaimable(Instant now, Predicate<UUID> locked) {
        for (MintJob job : runnable) {
            if (job.notBefore().isAfter(now)) {
                return Optional.empty();
            }
            if (locked.test(job.id())) {
                continue;
            }
            Lease lease = leases.get(job.id());
            if (lease == null || !lease.until().isAfter(now)) {
                return Optional.of(job);
            }
        }
        return Optional.empty();
    }

    /** When the next job without a live lease becomes due (may be in the past), or empty when none waits. */
    Optional<Instant> nextDue(Instant now) {
        for (MintJob job : runnable) {
            Lease lease = leases.get(job.id());
            if (lease == null || !lease.until().isAfter(now)) {
                return Optional.of(job.notBefore());
            }
        }
        return Optional.empty();
    }

    void lease(UUID jobId, String worker, Instant until) {
        leases.put(jobId, new Lease(worker, until));
    }

    /** Drops {@code worker}'s lease; returns whether it held one. */
    boolean release(UUID jobId, String worker) {
        Lease lease = leases.get(jobId);
        if (lease == null || !lease.worker().equals(worker)) {
            return false;
        }
        leases.remove(jobId);
        return true;
    }

    private static boolean isRunnable(MintJob job) {
        return job.stage().isWorkable() && !job.isDead();
    }

    private record Lease(String worker, Instant until) {
    }
}
