package dev.stickerplatform.application.listener;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.adapters.persistence.memory.InMemoryStore;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.port.Store;
import dev.stickerplatform.domain.port.TestData;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The watchdog replaces a listener that hangs or died, and leaves a working one alone. */
class ListenerWatchdogTest {
    private static final Duration POLL = Duration.ofMillis(100);
    private final StallingChain chain = new StallingChain();
    private final Store store = new InMemoryStore();
    private final Clock clock = Clock.systemUTC();
    private final ListenerWatchdog watchdog = new ListenerWatchdog(
            () -> new ListenerLoop(new FollowChainService(chain, store, clock, Round.of(1),
                    TestData.address("platform")), chain, clock, POLL),
            clock, ListenerWatchdog.Config.forPollInterval(POLL));

    @AfterEach
    void stop() {
        chain.release();
        watchdog.close();
    }

    @Test
    void aHungListenerIsReplacedByAFreshOneThatCarriesOn() {
        chain.produce(3);
        watchdog.start();
        await(() -> lastRound() == 3, "the first three rounds");
        chain.hangNextBlockRead();
        chain.produce(1);
        await(chain::isHanging, "the read of round 4 to hang");

        await(() -> watchdog.restarts() == 1, "a restart");
        chain.produce(2);

        await(() -> lastRound() == 6, "the new loop to follow the chain");
        // the loop saves the cursor first and reports its round to the status after: wait for both
        await(() -> watchdog.status().lastRound() == 6, "the status to report round 6");
        ListenerStatus status = watchdog.status();
        assertThat(status.running()).isTrue();
        assertThat(status.restarts()).isEqualTo(1);
        assertThat(status.lastRound()).isEqualTo(6);
    }

    @Test
    void aListenerWhoseThreadDiedIsRestarted() {
        chain.produce(1);
        watchdog.start();
        await(() -> lastRound() == 1, "round 1");

        chain.failNextBlockRead(new StackOverflowError("test: the listener thread dies"));
        chain.produce(1);  // reading round 2 kills the thread

        await(() -> watchdog.restarts() == 1, "a restart");
        await(() -> lastRound() == 2, "the new loop to follow the chain");
    }

    @Test
    void aListenerThatHeartbeatsIsLeftAlone() {
        chain.produce(1);
        watchdog.start();
        Instant until = Instant.now().plus(POLL.multipliedBy(8));

        await(() -> Instant.now().isAfter(until), "eight poll intervals of waiting for rounds");

        assertThat(watchdog.restarts()).isZero();
        assertThat(watchdog.status().running()).isTrue();
    }

    @Test
    void closingStopsTheListenerForGood() {
        watchdog.start();
        await(() -> watchdog.status().running(), "the loop to start");

        watchdog.close();

        assertThat(watchdog.status().running()).isFalse();
        assertThat(watchdog.check()).as("a closed watchdog restarts nothing").isFalse();
    }

    private long lastRound() {
        return store.listenerCursor().lastProcessed().map(Round::value).orElse(0L);
    }

    private static void await(BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plusSeconds(10);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
