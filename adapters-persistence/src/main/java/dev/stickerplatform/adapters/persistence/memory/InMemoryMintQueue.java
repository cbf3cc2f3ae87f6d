package dev.stickerplatform.adapters.persistence.memory;

import dev.stickerplatform.domain.model.MintJob;
import dev.stickerplatform.domain.port.MintQueue;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@link MintQueue} over the jobs of an {@link InMemoryStore}. Any number of queues (workers) may share one
 * store: leases live in the store.
 *
 * <p>A claim leases the oldest due job (by {@code notBefore}, then {@code createdAt}) and saves it at the next
 * version, so whoever held an expired lease before can no longer save the job ({@code StaleWriteException}).
 * {@link #awaitWork} wakes when a transaction that inserted or saved a job commits, or when a lease is
 * released; the thread's last claim is remembered, so work committed between an empty claim and the wait is
 * never slept through. The wait also ends when the next waiting job becomes due (a retry or a re-check), so a job
 * scheduled a moment ahead is not left until {@code maxWait} runs out.
 */
public final class InMemoryMintQueue implements MintQueue {
    private final InMemoryStore store;
    private final Clock clock;
    /** The signal generation this thread saw at its last claim. */
    private final ThreadLocal<Long> seenAtClaim = new ThreadLocal<>();

    public InMemoryMintQueue(InMemoryStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Optional<MintJob> claim(String worker, Duration lease) {
        Objects.requireNonNull(worker, "worker");
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("a lease must be positive");
        }
        seenAtClaim.set(store.signal().generation());
        return store.claim(worker, lease, clock);
    }

    @Override
    public void release(UUID jobId, String worker) {
        store.release(jobId, worker);
    }

    @Override
    public void awaitWork(Duration maxWait) throws InterruptedException {
        Long seen = seenAtClaim.get();
        Duration wait = store.nextDue(clock)
                .map(due -> Duration.between(clock.instant(), due))
                .filter(untilDue -> untilDue.compareTo(maxWait) < 0)
                .map(untilDue -> untilDue.isNegative() ? Duration.ZERO : untilDue)
                .orElse(maxWait);
        store.signal().awaitChange(seen != null ? seen : store.signal().generation(), wait);
    }
}
