package dev.stickerplatform.application.listener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.adapters.persistence.memory.InMemoryStore;
import dev.stickerplatform.application.metrics.PipelineMetrics;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.ChainUnavailableException;
import dev.stickerplatform.domain.port.Leadership;
import dev.stickerplatform.domain.port.TestData;
import dev.stickerplatform.domain.port.ThrowingChain;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A round that keeps failing while the chain moves on makes the listener stuck after N rounds of the chain, whatever
 * its heartbeat says; it stops being stuck as soon as the round can be read.
 */
class ListenerStuckTest {
    private static final long STUCK_AFTER = 5;
    private long height = 10;
    private boolean round5Fails = true;

    private final Chain chain = new ThrowingChain() {
        @Override
        public Round currentRound() {
            return Round.of(height);
        }

        @Override
        public Round awaitRoundAfter(Round round, Duration timeout) {
            return Round.of(height);
        }

        @Override
        public Optional<BlockEvents> block(Round round) {
            if (round.value() == 5 && round5Fails) {
                throw new ChainUnavailableException("block 5 cannot be read");
            }
            return round.value() <= height
                    ? Optional.of(new BlockEvents(round, Instant.EPOCH, List.of(), List.of())) : Optional.empty();
        }
    };

    private final ListenerLoop loop = new ListenerLoop(
            new FollowChainService(chain, new InMemoryStore(), Clock.systemUTC(), Round.of(1),
                    TestData.address("platform")), chain, Clock.systemUTC(), Duration.ofSeconds(1),
            Leadership.alone(), PipelineMetrics.NONE, STUCK_AFTER);

    @Test
    void aRoundThatKeepsFailingWhileTheChainMovesOnIsStuckAfterNRounds() {
        for (int i = 0; i < 4; i++) {
            loop.cycle();
        }
        assertThat(loop.status().lastRound()).isEqualTo(4);

        for (int produced = 1; produced <= STUCK_AFTER; produced++) {
            assertThat(loop.status().stuck()).as("after %d rounds", produced - 1).isFalse();
            failOnce();
            height++;
        }
        failOnce();

        assertThat(loop.status().stuck()).isTrue();
        assertThat(loop.status().stalledRounds()).isEqualTo(STUCK_AFTER);
        assertThat(loop.status().heartbeatAt()).isNotNull();
    }

    @Test
    void aStuckListenerRecoversByItselfWhenTheRoundCanBeRead() {
        for (int i = 0; i < 4; i++) {
            loop.cycle();
        }
        for (int i = 0; i <= STUCK_AFTER; i++) {
            height++;
            failOnce();
        }
        assertThat(loop.status().stuck()).isTrue();

        round5Fails = false;
        loop.cycle();

        assertThat(loop.status().stuck()).isFalse();
        assertThat(loop.status().lastRound()).isEqualTo(5);
    }

    @Test
    void aListenerCatchingUpIsNeverStuck() {
        round5Fails = false;
        height = 1_000;
        for (int i = 0; i < 100; i++) {
            loop.cycle();
            height++;
        }

        assertThat(loop.status().stuck()).isFalse();
        assertThat(loop.status().lagRounds()).isGreaterThan(STUCK_AFTER);
    }

    @Test
    void aFailureWithoutNewRoundsIsNotStuck() {
        round5Fails = true;
        height = 5;
        for (int i = 0; i < 4; i++) {
            loop.cycle();
        }
        for (int i = 0; i < 20; i++) {
            failOnce();
        }

        assertThat(loop.status().stuck()).isFalse();
    }

    private void failOnce() {
        assertThatThrownBy(loop::cycle).isInstanceOf(ChainUnavailableException.class)
                .satisfies(e -> loop.failed((RuntimeException) e));
    }
}
