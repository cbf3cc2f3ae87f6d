package dev.stickerplatform.adapters.persistence.postgres;

import static dev.stickerplatform.domain.port.TestData.aJob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.domain.model.MintJob;
import dev.stickerplatform.domain.port.MintJobBuilder;
import dev.stickerplatform.domain.port.MintQueue;
import dev.stickerplatform.domain.port.MintQueueContractTest;
import dev.stickerplatform.domain.port.Race;
import dev.stickerplatform.domain.port.Store;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresMintQueueTest extends MintQueueContractTest {
    private static final Duration LEASE = Duration.ofMinutes(1);
    @RegisterExtension
    static final PostgresExtension db = new PostgresExtension();

    @Override
    protected Store newStore() {
        return db.emptyStore();
    }

    @Override
    protected MintQueue newQueue(Store store, Clock clock) {
        assertThat(store).isSameAs(db.database().store());
        return db.database().mintQueue(clock);
    }

    @Test
    void aClaimPassesByAJobAnOpenTransactionHoldsWithoutWaitingForIt() throws Exception {
        MintJob held = insert(aJob().createdAfter(1));
        MintJob free = insert(aJob().createdAfter(2));
        try (Race.OpenTransaction open = Race.openTransaction(store, tx -> tx.mintJobs().save(held))) {
            Optional<MintJob> claimed = CompletableFuture.supplyAsync(() -> queue.claim("worker", LEASE))
                    .get(10, TimeUnit.SECONDS);
            assertThat(claimed).map(MintJob::id).contains(free.id());
            open.commit();
        }
    }

    @Test
    void awaitWorkIsWokenWhenAnotherProcessCommitsAJob() throws Exception {
        CompletableFuture<Long> waiting = claimThenWait(queue);

        new PostgresStore(db.newDataSource()).mintJobs().insertIfAbsent(notDueForAnHour());

        assertThat(waiting.get(10, TimeUnit.SECONDS)).isLessThan(10_000);
    }

    @Test
    void awaitWorkIsNotWokenBeforeTheCommit() throws Exception {
        try (Race.OpenTransaction open = Race.openTransaction(store,
                tx -> tx.mintJobs().insertIfAbsent(notDueForAnHour()))) {
            CompletableFuture<Long> waiting = claimThenWait(queue);

            assertThatThrownBy(() -> waiting.get(300, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
            open.commit();
            assertThat(waiting.get(10, TimeUnit.SECONDS)).isLessThan(10_000);
        }
    }

    @Test
    void awaitWorkReturnsWhenALeaseIsReleased() throws Exception {
        MintJob held = insert(aJob());
        queue.claim("holder", LEASE).orElseThrow();
        CompletableFuture<Long> waiting = claimThenWait(newQueue(store, clock));

        queue.release(held.id(), "holder");

        assertThat(waiting.get(10, TimeUnit.SECONDS)).isLessThan(10_000);
    }

    @Test
    void awaitWorkEndsWhenTheNextJobBecomesDue() throws Exception {
        long before = db.database().notifications().generation();
        insert(aJob().notBefore(clock.instant().plusMillis(400)));
        awaitNotificationAfter(before);
        assertThat(queue.claim("worker", LEASE)).isEmpty();

        long waited = timed(Duration.ofMinutes(1));

        assertThat(waited).isBetween(300L, 10_000L);
    }

    @Test
    void awaitWorkWaitsNoLongerThanAsked() {
        assertThat(timed(Duration.ofMillis(50))).isLessThan(5_000);
    }

    @Test
    void theLeaseIsGoneOnceTheJobIsFinished() {
        insert(aJob());
        MintJob claimed = queue.claim("worker", LEASE).orElseThrow();

        store.mintJobs().save(claimed.dead("gave up", clock.instant()));
        MintJob dead = store.mintJobs().find(claimed.id()).orElseThrow();
        store.mintJobs().save(dead.redriven(clock.instant()));

        assertThat(queue.claim("other", LEASE)).map(MintJob::id).contains(claimed.id());
    }

    /** Claims nothing on a thread of its own, then waits up to a minute; completes with the milliseconds waited. */
    private static CompletableFuture<Long> claimThenWait(MintQueue waiter) throws InterruptedException {
        CountDownLatch claimed = new CountDownLatch(1);
        CompletableFuture<Long> waiting = Race.inBackground(() -> {
            assertThat(waiter.claim("waiter", LEASE)).isEmpty();
            claimed.countDown();
            return timed(waiter, Duration.ofMinutes(1));
        });
        assertThat(claimed.await(10, TimeUnit.SECONDS)).isTrue();
        return waiting;
    }

    /** A job whose due time is far beyond any wait, so only a notification can end a wait early. */
    private MintJob notDueForAnHour() {
        return aJob().notBefore(clock.instant().plus(Duration.ofHours(1))).build();
    }

    private MintJob insert(MintJobBuilder builder) {
        MintJob job = builder.build();
        assertThat(store.mintJobs().insertIfAbsent(job)).isTrue();
        return job;
    }

    private long timed(Duration maxWait) {
        return timed(queue, maxWait);
    }

    private static long timed(MintQueue waiting, Duration maxWait) {
        long start = System.nanoTime();
        try {
            waiting.awaitWork(maxWait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    private static void awaitNotificationAfter(long generation) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (db.database().notifications().generation() == generation) {
            assertThat(System.nanoTime()).as("no notification arrived").isLessThan(deadline);
            Thread.sleep(5);
        }
    }
}
