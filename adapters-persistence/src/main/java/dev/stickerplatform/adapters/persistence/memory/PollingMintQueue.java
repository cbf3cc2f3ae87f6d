package dev.stickerplatform.adapters.persistence.memory;

import dev.stickerplatform.domain.model.JobStage;
import dev.stickerplatform.domain.model.MintJob;
import dev.stickerplatform.domain.port.MintQueue;
import dev.stickerplatform.domain.port.PageRequest;
import dev.stickerplatform.domain.port.StaleWriteException;
import dev.stickerplatform.domain.port.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.WeakHashMap;

/**
 * A {@link MintQueue} over the jobs of any {@link Store} (an embedding application's own), for the workers of one
 * JVM: leases live in memory, shared by every queue over the same store object. A claim reads the workable, not dead jobs, takes the oldest due one nobody
 * holds (by {@code notBefore}, then {@code createdAt}) and saves it at the next version, so whoever held an expired
 * lease before can no longer save it ({@code StaleWriteException}). {@link #awaitWork} polls: it returns after
 * {@link #POLL} at most.
 */
public final class PollingMintQueue implements MintQueue {
    /** The longest {@link #awaitWork} waits before the workers look again. */
    public static final Duration POLL = Duration.ofMillis(200);
    private static final int PAGE = PageRequest.MAX_LIMIT;
    private static final Comparator<MintJob> DUE_FIRST = Comparator.comparing(MintJob::notBefore)
            .thenComparing(MintJob::createdAt);

    /** The leases of every store some queue works, by store; a store nobody references any more drops out. */
    private static final Map<Store, Map<UUID, Lease>> LEASES = new WeakHashMap<>();

    private final Store store;
    private final Clock clock;
    /** This store's leases; queues over the same store synchronize on it. */
    private final Map<UUID, Lease> leases;

    public PollingMintQueue(Store store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        synchronized (LEASES) {
            this.leases = LEASES.computeIfAbsent(store, any -> new HashMap<>());
        }
    }

    @Override
    public Optional<MintJob> claim(String worker, Duration lease) {
        Objects.requireNonNull(worker, "worker");
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("a lease must be positive");
        }
        synchronized (leases) {
            return claimDue(worker, lease);
        }
    }

    private Optional<MintJob> claimDue(String worker, Duration lease) {
        Instant now = clock.instant();
        leases.values().removeIf(held -> !held.until().isAfter(now));
        List<MintJob> due = new ArrayList<>();
        for (JobStage stage : JobStage.values()) {
            if (stage.isWorkable()) {
                readDue(stage, now, due);
            }
        }
        due.sort(DUE_FIRST);
        for (MintJob job : due) {
            try {
                MintJob claimed = store.mintJobs().save(job);
                leases.put(claimed.id(), new Lease(worker, now.plus(lease)));
                return Optional.of(claimed);
            } catch (StaleWriteException moved) {
                // saved by someone else since it was read: the next one
            }
        }
        return Optional.empty();
    }

    private void readDue(JobStage stage, Instant now, List<MintJob> due) {
        for (int offset = 0; ; offset += PAGE) {
            List<MintJob> page = store.mintJobs().list(stage, false, new PageRequest(PAGE, offset));
            for (MintJob job : page) {
                if (!job.notBefore().isAfter(now) && !leases.containsKey(job.id())) {
                    due.add(job);
                }
            }
            if (page.size() < PAGE) {
                return;
            }
        }
    }

    @Override
    public void release(UUID jobId, String worker) {
        synchronized (leases) {
            Lease held = leases.get(jobId);
            if (held != null && held.worker().equals(worker)) {
                leases.remove(jobId);
            }
        }
    }

    @Override
    public void awaitWork(Duration maxWait) throws InterruptedException {
        Duration wait = maxWait.compareTo(POLL) < 0 ? maxWait : POLL;
        if (!wait.isNegative() && !wait.isZero()) {
            Thread.sleep(wait);
        }
    }

    private record Lease(String worker, Instant until) {
    }
}
