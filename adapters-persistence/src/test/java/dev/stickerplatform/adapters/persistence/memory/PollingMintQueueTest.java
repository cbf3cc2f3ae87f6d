package dev.stickerplatform.adapters.persistence.memory;

import static dev.stickerplatform.domain.port.TestData.aJob;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.domain.model.MintJob;
import dev.stickerplatform.domain.port.MintQueue;
import dev.stickerplatform.domain.port.MintQueueContractTest;
import dev.stickerplatform.domain.port.Store;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The polling queue over a store that is only a {@link Store} (here the in-memory one, used through the port). */
class PollingMintQueueTest extends MintQueueContractTest {
    private static final Duration LEASE = Duration.ofMinutes(1);

    @Override
    protected Store newStore() {
        return new InMemoryStore();
    }

    @Override
    protected MintQueue newQueue(Store store, Clock clock) {
        return new PollingMintQueue(store, clock);
    }

    @Test
    void jobsBeyondOnePageAreClaimedToo() {
        List<MintJob> inserted = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            MintJob job = aJob().createdAfter(i).build();
            store.mintJobs().insertIfAbsent(job);
            inserted.add(job);
        }
        for (int i = 0; i < 250; i++) {
            assertThat(queue.claim("worker", LEASE)).map(MintJob::id).contains(inserted.get(i).id());
        }
        assertThat(queue.claim("worker", LEASE)).isEmpty();
    }
}
