package dev.stickerplatform.application.listener;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.adapters.persistence.memory.InMemoryStore;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.Leadership;
import dev.stickerplatform.domain.port.Store;
import dev.stickerplatform.domain.port.TestData;
import dev.stickerplatform.domain.port.ThrowingChain;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Two processes share one cursor: the one standing by reports the leader's progress (not round 0), and takes over
 * from the shared cursor when the leader's claim lapses.
 */
class ListenerStandbyTest {
    private static final Duration POLL = Duration.ofMillis(1);
    private long height = 10;

    private final Chain chain = new ThrowingChain() {
        @Override
        public Round awaitRoundAfter(Round round, Duration timeout) {
            return Round.of(height);
        }

        @Override
        public Optional<BlockEvents> block(Round round) {
            return round.value() <= height
                    ? Optional.of(new BlockEvents(round, Instant.EPOCH, List.of(), List.of())) : Optional.empty();
        }
    };

    private final Store store = new InMemoryStore();
    private final AtomicBoolean firstLeads = new AtomicBoolean(true);
    private final ListenerLoop leader = loop(claim(true));
    private final ListenerLoop standby = loop(claim(false));

    @Test
    void aStandbyReportsTheSharedCursorAndTakesOverFromIt() {
        for (int i = 0; i < 10; i++) {
            leader.cycle();
        }
        standby.cycle();

        assertThat(leader.status().lastRound()).isEqualTo(10);
        assertThat(standby.status().leader()).isFalse();
        assertThat(standby.status().lastRound()).isEqualTo(10);
        assertThat(standby.status().lagRounds()).isZero();

        firstLeads.set(false);  // the leader's process died: its claim lapsed
        height = 15;
        for (int i = 0; i < 6; i++) {
            standby.cycle();
        }

        assertThat(standby.status().leader()).isTrue();
        assertThat(standby.status().lastRound()).isEqualTo(15);
    }

    private ListenerLoop loop(Leadership leadership) {
        return new ListenerLoop(new FollowChainService(chain, store, Clock.systemUTC(), Round.of(1),
                TestData.address("platform")), chain, Clock.systemUTC(), POLL, leadership);
    }

    /** The first loop leads while {@code firstLeads}; the second only once it does not. */
    private Leadership claim(boolean first) {
        return new Leadership() {
            @Override
            public boolean tryLead() {
                return first == firstLeads.get();
            }

            @Override
            public boolean isLeading() {
                return tryLead();
            }

            @Override
            public void resign() {
            }
        };
    }
}
