package dev.stickerplatform.adapters.persistence.postgres;

import dev.stickerplatform.domain.port.IdOrder;
import dev.stickerplatform.domain.model.MintJob;
import dev.stickerplatform.domain.port.MintQueue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;

/**
 * The {@link MintQueue} over the {@code mint_jobs} table of a {@link PostgresStore}, for workers in any number
 * of threads and processes.
 *
 * <p>A claim is one statement: it locks the oldest due job (by {@code not_before}, then {@code created_at}, then
 * id) that is workable, not dead and not under a live lease with {@code FOR UPDATE SKIP LOCKED} (so it never
 * waits for, nor takes, a job another claim or an open transaction holds), and sets the lease and bumps the
 * version in the same statement, so whoever held an expired lease can no longer save the job. Time is the
 * queue's clock, not the database's.
 *
 * <p>{@link #awaitWork} waits for a notification (see {@link PostgresJobNotifications}: sent at the commit of
 * any insert or save that leaves a job claimable, and by releases), but no longer than until the next waiting
 * job becomes due or the next lease runs out, so a job scheduled a moment ahead is not left until
 * {@code maxWait} runs out. The thread's last claim is remembered, so work committed between an empty claim and
 * the wait is never slept through.
 */
public final class PostgresMintQueue implements MintQueue {
    /** Never spin: a job that is due but not claimable (held by an open transaction) is retried after this. */
    private static final Duration MIN_WAIT = Duration.ofMillis(5);
    private static final String CLAIMABLE = "dead_reason IS NULL AND " + JdbiMintJobs.WORKABLE;
    private static final String CLAIM = """
            WITH next AS (
                SELECT id FROM mint_jobs
                 WHERE %s AND not_before <= :now AND (lease_until IS NULL OR lease_until <= :now)
                 ORDER BY not_before, created_at, id
                 LIMIT :max
                   FOR UPDATE SKIP LOCKED)
            UPDATE mint_jobs j SET lease_owner = :worker, lease_until = :until, version = j.version + 1
              FROM next
             WHERE j.id = next.id
            RETURNING j.*
            """.formatted(CLAIMABLE);
    private static final String NEXT_DUE = """
            SELECT LEAST(
                (SELECT min(not_before) FROM mint_jobs
                  WHERE %1$s AND (lease_until IS NULL OR lease_until <= :now)),
                (SELECT min(GREATEST(not_before, lease_until)) FROM mint_jobs
                  WHERE %1$s AND lease_owner IS NOT NULL AND lease_until > :now)) AS due
            """.formatted(CLAIMABLE);

    private final PostgresStore store;
    private final PostgresJobNotifications notifications;
    private final Clock clock;
    /** The notification generation this thread saw at its last claim. */
    private final ThreadLocal<Long> seenAtClaim = new ThreadLocal<>();

    public PostgresMintQueue(PostgresStore store, PostgresJobNotifications notifications, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.notifications = Objects.requireNonNull(notifications, "notifications");
        this.clock = Objects.requireNonNull(clock, "clock");
        notifications.start();
    }

    @Override
    public Optional<MintJob> claim(String worker, Duration lease) {
        Objects.requireNonNull(worker, "worker");
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("a lease must be positive");
        }
        seenAtClaim.set(notifications.generation());
        Instant now = clock.instant();
        return run(h -> h.createQuery(CLAIM)
                .bind("now", now)
                .bind("until", now.plus(lease))
                .bind("worker", worker)
                .bind("max", 1)
                .map(JdbiMintJobs.ROW)
                .findOne());
    }

    /** One statement for the whole batch, oldest due first. */
    @Override
    public List<MintJob> claim(String worker, Duration lease, int max) {
        Objects.requireNonNull(worker, "worker");
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("a lease must be positive");
        }
        if (max < 1) {
            throw new IllegalArgumentException("claim at least one job");
        }
        seenAtClaim.set(notifications.generation());
        Instant now = clock.instant();
        List<MintJob> claimed = new java.util.ArrayList<>(run(h -> h.createQuery(CLAIM)
                .bind("now", now)
                .bind("until", now.plus(lease))
                .bind("worker", worker)
                .bind("max", max)
                .map(JdbiMintJobs.ROW)
                .list()));
        claimed.sort(java.util.Comparator.comparing(MintJob::notBefore).thenComparing(MintJob::createdAt)
                .thenComparing(MintJob::id, IdOrder.IDS));
        return claimed;
    }

    @Override
    public void release(Collection<UUID> jobIds, String worker) {
        Objects.requireNonNull(worker, "worker");
        if (jobIds.isEmpty()) {
            return;
        }
        run(h -> h.createUpdate("""
                        UPDATE mint_jobs SET lease_owner = NULL, lease_until = NULL
                         WHERE id = ANY(:ids) AND lease_owner = :worker
                        """)
                .bindArray("ids", UUID.class, jobIds.toArray(UUID[]::new))
                .bind("worker", worker)
                .execute());
    }

    @Override
    public void release(UUID jobId, String worker) {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(worker, "worker");
        run(h -> h.createUpdate("""
                        UPDATE mint_jobs SET lease_owner = NULL, lease_until = NULL
                         WHERE id = :id AND lease_owner = :worker
                        """)
                .bind("id", jobId)
                .bind("worker", worker)
                .execute());
    }

    @Override
    public void awaitWork(Duration maxWait) throws InterruptedException {
        Long seen = seenAtClaim.get();
        seenAtClaim.remove();
        long generation = seen != null ? seen : notifications.generation();
        if (notifications.generation() != generation) {
            return;
        }
        Instant now = clock.instant();
        Duration wait = maxWait;
        Optional<Instant> due = nextDue(now);
        if (due.isPresent()) {
            Duration untilDue = Duration.between(now, due.get());
            untilDue = untilDue.compareTo(MIN_WAIT) < 0 ? MIN_WAIT : untilDue;
            wait = untilDue.compareTo(wait) < 0 ? untilDue : wait;
        }
        notifications.await(generation, wait);
    }

    /** When the next unleased job is (or was) due, or else when the next lease on a workable job runs out. */
    private Optional<Instant> nextDue(Instant now) {
        return run(h -> h.createQuery(NEXT_DUE)
                .bind("now", now)
                .map((rs, ctx) -> Optional.ofNullable(Columns.get(rs, ctx, "due", Instant.class)))
                .one());
    }

    private <T> T run(Function<Handle, T> statement) {
        try {
            return store.jdbi().withHandle(statement::apply);
        } catch (JdbiException e) {
            throw SqlErrors.translate(e);
        }
    }
}
