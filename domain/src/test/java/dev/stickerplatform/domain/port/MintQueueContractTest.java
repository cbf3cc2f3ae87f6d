package dev.stickerplatform.domain.port;

import static dev.stickerplatform.domain.port.TestData.T0;
import static dev.stickerplatform.domain.port.TestData.aJob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.domain.model.JobStage;
import dev.stickerplatform.domain.model.MintJob;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link MintQueue}, for every implementation: extend it, return a fresh empty store from
 * {@link #newStore()} and a queue over that store's jobs from {@link #newQueue}. Time is a {@link MutableClock}
 * the test moves; nothing sleeps.
 */
public abstract class MintQueueContractTest {
    private static final Duration LEASE = Duration.ofMinutes(1);

    protected final MutableClock clock = new MutableClock(T0.plus(Duration.ofHours(1)));
    protected Store store;
    protected MintQueue queue;

    /** A store with no records at all; called before every test. */
    protected abstract Store newStore();

    /** A queue over the jobs of {@code store}, reading time from {@code clock}; may be called more than once. */
    protected abstract MintQueue newQueue(Store store, Clock clock);

    @BeforeEach
    void createQueue() {
        store = newStore();
        queue = newQueue(store, clock);
    }

    @Test
    void anEmptyQueueHasNothingToClaim() {
        assertThat(queue.claim("worker", LEASE)).isEmpty();
    }

    @Test
    void claimsTheOldestDueJobFirst() {
        MintJob second = insert(aJob().createdAfter(20));
        MintJob first = insert(aJob().createdAfter(10));
        MintJob third = insert(aJob().createdAfter(30));

        assertThat(claimAll("worker")).containsExactly(first.id(), second.id(), third.id());
    }

    @Test
    void aClaimedJobComesAtAVersionItsHolderCanSave() {
        MintJob job = insert(aJob());

        MintJob claimed = queue.claim("worker", LEASE).orElseThrow();
        MintJob saved = store.mintJobs().save(claimed.advance(JobStage.MINTED, null, clock.instant()));

        assertThat(claimed.id()).isEqualTo(job.id());
        assertThat(claimed.stage()).isEqualTo(JobStage.QUEUED);
        assertThat(store.mintJobs().find(job.id())).contains(saved);
    }

    @Test
    void aLeasedJobIsNotClaimedAgain() {
        insert(aJob());
        queue.claim("worker-1", LEASE).orElseThrow();

        assertThat(queue.claim("worker-2", LEASE)).isEmpty();
        assertThat(newQueue(store, clock).claim("worker-3", LEASE)).isEmpty();
    }

    @Test
    void aJobIsNotClaimedBeforeItIsDue() {
        MintJob job = insert(aJob().notBefore(clock.instant().plusSeconds(30)));

        assertThat(queue.claim("worker", LEASE)).isEmpty();
        clock.advance(Duration.ofSeconds(30));
        assertThat(queue.claim("worker", LEASE)).map(MintJob::id).contains(job.id());
    }

    @Test
    void aJobSavedForARetryWaitsForItsTime() {
        insert(aJob());
        MintJob claimed = queue.claim("worker", LEASE).orElseThrow();
        store.mintJobs().save(claimed.failed("algod down", clock.instant().plusSeconds(10), clock.instant()));
        queue.release(claimed.id(), "worker");

        assertThat(queue.claim("worker", LEASE)).isEmpty();
        clock.advance(Duration.ofSeconds(10));
        assertThat(queue.claim("worker", LEASE)).map(MintJob::id).contains(claimed.id());
    }

    @Test
    void parkedFinishedAndDeadJobsAreNeverClaimed() {
        insert(aJob().atStage(JobStage.PENDING_OPTIN));
        insert(aJob().atStage(JobStage.DELIVERED));
        insert(aJob().dead("gave up"));
        MintJob workable = insert(aJob().atStage(JobStage.MINT_SUBMITTED));

        assertThat(claimAll("worker")).containsExactly(workable.id());
    }

    @Test
    void aJobThatDiesWhileLeasedIsNotClaimedAgain() {
        insert(aJob());
        MintJob claimed = queue.claim("worker", LEASE).orElseThrow();
        store.mintJobs().save(claimed.dead("no template", clock.instant()));
        clock.advance(LEASE.multipliedBy(2));

        assertThat(queue.claim("other", LEASE)).isEmpty();
    }

    @Test
    void anExpiredLeaseMakesTheJobClaimableAndTheOldHoldersSaveStale() {
        insert(aJob());
        MintJob heldByFirst = queue.claim("worker-1", LEASE).orElseThrow();
        clock.advance(LEASE.plusSeconds(1));

        MintJob heldBySecond = queue.claim("worker-2", LEASE).orElseThrow();

        assertThat(heldBySecond.id()).isEqualTo(heldByFirst.id());
        assertThatThrownBy(() -> store.mintJobs().save(heldByFirst.advance(JobStage.MINTED, null, clock.instant())))
                .isInstanceOf(StaleWriteException.class);
        store.mintJobs().save(heldBySecond.advance(JobStage.MINTED, null, clock.instant()));
    }

    @Test
    void aLeaseThatHasNotExpiredStillHoldsTheJob() {
        insert(aJob());
        queue.claim("worker-1", LEASE).orElseThrow();
        clock.advance(LEASE.minusSeconds(1));

        assertThat(queue.claim("worker-2", LEASE)).isEmpty();
    }

    @Test
    void aReleasedJobCanBeClaimedAtOnce() {
        MintJob job = insert(aJob());
        queue.claim("worker-1", LEASE).orElseThrow();

        queue.release(job.id(), "worker-1");

        assertThat(queue.claim("worker-2", LEASE)).map(MintJob::id).contains(job.id());
    }

    @Test
    void aBatchClaimTakesUpToMaxDueJobsOldestFirstAndLeasesThemAll() {
        MintJob second = insert(aJob().createdAfter(20));
        MintJob first = insert(aJob().createdAfter(10));
        MintJob third = insert(aJob().createdAfter(30));

        List<MintJob> claimed = queue.claim("worker-1", LEASE, 2);

        assertThat(claimed).map(MintJob::id).containsExactly(first.id(), second.id());
        assertThat(queue.claim("worker-2", LEASE, 5)).map(MintJob::id).containsExactly(third.id());
        assertThat(queue.claim("worker-3", LEASE, 5)).isEmpty();
        MintJob saved = store.mintJobs().save(claimed.get(0).advance(JobStage.MINTED, null, clock.instant()));
        assertThat(store.mintJobs().find(first.id())).contains(saved);
    }

    @Test
    void aBatchReleaseFreesOnlyTheHoldersJobs() {
        MintJob mine = insert(aJob().createdAfter(10));
        MintJob theirs = insert(aJob().createdAfter(20));
        queue.claim("worker-1", LEASE, 1).forEach(job -> assertThat(job.id()).isEqualTo(mine.id()));
        queue.claim("worker-2", LEASE, 1).forEach(job -> assertThat(job.id()).isEqualTo(theirs.id()));

        queue.release(List.of(mine.id(), theirs.id(), UUID.randomUUID()), "worker-1");

        assertThat(queue.claim("worker-3", LEASE, 5)).map(MintJob::id).containsExactly(mine.id());
    }

    @Test
    void onlyTheHolderCanRelease() {
        MintJob job = insert(aJob());
        queue.claim("worker-1", LEASE).orElseThrow();

        queue.release(job.id(), "worker-2");
        queue.release(UUID.randomUUID(), "worker-1");

        assertThat(queue.claim("worker-2", LEASE)).isEmpty();
    }

    @Test
    void aJobOfAnUncommittedTransactionCannotBeClaimed() throws Exception {
        MintJob job = aJob().build();
        try (Race.OpenTransaction open = Race.openTransaction(store, tx -> tx.mintJobs().insertIfAbsent(job))) {
            assertThat(queue.claim("worker", LEASE)).isEmpty();
            open.commit();
        }

        assertThat(queue.claim("worker", LEASE)).map(MintJob::id).contains(job.id());
    }

    @Test
    void aRolledBackJobIsNeverClaimed() {
        assertThatThrownBy(() -> store.inTransaction(tx -> {
            tx.mintJobs().insertIfAbsent(aJob().build());
            throw new IllegalStateException("crash");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(queue.claim("worker", LEASE)).isEmpty();
    }

    @Test
    void concurrentWorkersClaimEveryJobExactlyOnce() {
        for (int i = 0; i < 500; i++) {
            insert(aJob().createdAfter(i));
        }

        List<List<UUID>> claimed = Race.run(4, worker -> {
            MintQueue own = newQueue(store, clock);
            List<UUID> ids = new ArrayList<>();
            for (Optional<MintJob> job = own.claim("worker-" + worker, LEASE); job.isPresent();
                 job = own.claim("worker-" + worker, LEASE)) {
                ids.add(job.get().id());
            }
            return ids;
        });

        List<UUID> all = claimed.stream().flatMap(List::stream).toList();
        assertThat(all).hasSize(500).doesNotHaveDuplicates();
    }

    @Test
    void workersFedByConcurrentTransactionsFinishEveryJobOnce() {
        int jobs = 200;
        List<Integer> finished = Race.run(4, thread -> {
            if (thread == 0) {
                for (int batch = 0; batch < jobs / 10; batch++) {
                    store.inTransaction(tx -> {
                        for (int i = 0; i < 10; i++) {
                            tx.mintJobs().insertIfAbsent(aJob().build());
                        }
                        return null;
                    });
                }
                return 0;
            }
            MintQueue own = newQueue(store, clock);
            String worker = "worker-" + thread;
            int done = 0;
            while (store.mintJobs().countByStage().getOrDefault(JobStage.DELIVERED, 0L) < jobs) {
                Optional<MintJob> job = own.claim(worker, LEASE);
                if (job.isEmpty()) {
                    awaitQuietly(own);
                    continue;
                }
                store.mintJobs().save(job.get().delivered(TestData.txId("delivery-" + job.get().id()),
                        clock.instant()));
                own.release(job.get().id(), worker);
                done++;
            }
            return done;
        });

        assertThat(finished.stream().mapToInt(Integer::intValue).sum()).isEqualTo(jobs);
    }

    @Test
    void awaitWorkReturnsWhenAJobIsInserted() throws Exception {
        CountDownLatch woke = new CountDownLatch(1);
        Thread waiter = new Thread(() -> {
            try {
                queue.awaitWork(Duration.ofMinutes(5));
                woke.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        waiter.start();
        try {
            // the waiter may not be waiting yet when a job goes in, so keep adding until it wakes
            for (int i = 0; i < 200 && woke.getCount() > 0; i++) {
                insert(aJob());
                woke.await(50, TimeUnit.MILLISECONDS);
            }
            assertThat(woke.getCount()).isZero();
        } finally {
            waiter.interrupt();
            waiter.join(10_000);
        }
    }

    private MintJob insert(MintJobBuilder builder) {
        MintJob job = builder.build();
        assertThat(store.mintJobs().insertIfAbsent(job)).isTrue();
        return job;
    }

    private List<UUID> claimAll(String worker) {
        List<UUID> ids = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (Optional<MintJob> job = queue.claim(worker, LEASE); job.isPresent(); job = queue.claim(worker, LEASE)) {
            assertThat(seen.add(job.get().id())).as("claimed twice").isTrue();
            ids.add(job.get().id());
        }
        return ids;
    }

    private static void awaitQuietly(MintQueue queue) {
        try {
            queue.awaitWork(Duration.ofMillis(50));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
