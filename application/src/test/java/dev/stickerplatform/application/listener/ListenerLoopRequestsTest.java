package dev.stickerplatform.application.listener;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.adapters.persistence.memory.InMemoryStore;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.Store;
import dev.stickerplatform.domain.port.TestData;
import dev.stickerplatform.domain.port.ThrowingChain;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What following the chain costs the node: per round, one wait (which also tells the height) and one block read
 * when caught up; only the block read while catching up. Never a separate height query per round.
 */
class ListenerLoopRequestsTest {
    private final List<String> calls = new ArrayList<>();
    private long height = 10;

    private final Chain chain = new ThrowingChain() {
        @Override
        public Round currentRound() {
            calls.add("currentRound");
            return Round.of(height);
        }

        @Override
        public Round awaitRoundAfter(Round round, Duration timeout) {
            calls.add("await");
            if (height <= round.value()) {
                height = round.value() + 1;  // the node produces the next round while we wait
            }
            return Round.of(height);
        }

        @Override
        public Optional<BlockEvents> block(Round round) {
            calls.add("block");
            return round.value() <= height
                    ? Optional.of(new BlockEvents(round, Instant.EPOCH, List.of(), List.of())) : Optional.empty();
        }
    };

    private final Store store = new InMemoryStore();
    private final ListenerLoop loop = new ListenerLoop(
            new FollowChainService(chain, store, Clock.systemUTC(), Round.of(1), TestData.address("platform")), chain,
            Clock.systemUTC(), Duration.ofSeconds(1));

    @Test
    void catchingUpReadsOneBlockPerRoundAfterLearningTheHeightOnce() {
        for (int i = 0; i < 10; i++) {
            loop.cycle();
        }

        assertThat(loop.status().lastRound()).isEqualTo(10);
        assertThat(calls.getFirst()).isEqualTo("await");
        assertThat(calls.subList(1, calls.size())).containsOnly("block").hasSize(10);
    }

    @Test
    void aLiveListenerWaitsOnceAndReadsOneBlockPerRound() {
        for (int i = 0; i < 10; i++) {
            loop.cycle();
        }
        calls.clear();

        for (int i = 0; i < 20; i++) {
            loop.cycle();
        }

        assertThat(loop.status().lastRound()).isEqualTo(30);
        assertThat(calls).filteredOn("await"::equals).hasSize(20);
        assertThat(calls).filteredOn("block"::equals).hasSize(20);
        assertThat(calls).doesNotContain("currentRound");
    }
}
