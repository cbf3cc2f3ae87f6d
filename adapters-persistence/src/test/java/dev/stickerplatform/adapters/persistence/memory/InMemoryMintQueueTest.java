package dev.stickerplatform.adapters.persistence.memory;

import static dev.stickerplatform.domain.port.TestData.aJob;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.domain.model.MintJob;
import dev.stickerplatform.domain.port.MintQueue;
import dev.stickerplatform.domain.port.MintQueueContractTest;
import dev.stickerplatform.domain.port.Race;
import dev.stickerplatform.domain.port.Store;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InMemoryMintQueueTest extends MintQueueContractTest {
    private static final Duration LEASE = Duration.ofMinutes(1);

    @Override
    protected Store newStore() {
        return new InMemoryStore();
    }

    @Override
    protected MintQueue newQueue(Store store, Clock clock) {
        return new InMemoryMintQueue((InMemoryStore) store, clock);
    }

    @Test
    void workCommittedBetweenAnEmptyClaimAndTheWaitIsNotSleptThrough() throws Exception {
        assertThat(queue.claim("worker", LEASE)).isEmpty();
        store.mintJobs().insertIfAbsent(aJob().build());

        long start = System.nanoTime();
        queue.awaitWork(Duration.ofSeconds(20));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void awaitWorkReturnsWhenALeaseIsReleased() throws Exception {
        store.mintJobs().insertIfAbsent(aJob().build());
        MintJob held = queue.claim("holder", LEASE).orElseThrow();
        MintQueue other = newQueue(store, clock);
        CountDownLatch claimed = new CountDownLatch(1);

        CompletableFuture<Boolean> waiting = Race.inBackground(() -> {
            assertThat(other.claim("waiter", LEASE)).isEmpty();
            claimed.countDown();
            try {
                other.awaitWork(Duration.ofMinutes(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return true;
        });
        assertThat(claimed.await(10, TimeUnit.SECONDS)).isTrue();
        queue.release(held.id(), "holder");

        waiting.get(10, TimeUnit.SECONDS);
    }

    @Test
    void awaitWorkWaitsNoLongerThanAsked() throws Exception {
        long start = System.nanoTime();
        queue.awaitWork(Duration.ofMillis(20));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }
}
