package dev.stickerplatform.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.bootstrap.wiring.Platform;
import dev.stickerplatform.bootstrap.config.PlatformConfig;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.ChainUnavailableException;
import dev.stickerplatform.domain.port.ForwardingChain;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A round whose block keeps failing while the chain moves on: the listener's heartbeat stays fresh, yet readiness
 * turns 503 with the reason once the chain has produced {@code LISTENER_STUCK_AFTER_ROUNDS} rounds past the stuck
 * cursor, and comes back to 200 by itself when the round can be read.
 */
class ListenerStuckEndToEndTest {
    private static final long STUCK_AFTER = 5;
    private volatile long failingRound = -1;
    private Platform platform;
    private Api api;

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void aRoundThatKeepsFailingTurnsReadinessTo503AndItRecoversByItself() {
        PlatformConfig polling = PlatformConfig.embedded().withPort(0).withBlockTime(Duration.ofMillis(100))
                .withListenerPollTimeout(Duration.ofMillis(300));
        PlatformConfig config = polling.withListenerSettings(polling.listener().withStuckAfterRounds(STUCK_AFTER));
        platform = Platform.start(config, Clock.systemUTC(), real -> new ForwardingChain(real) {
            @Override
            public Optional<BlockEvents> block(Round round) {
                if (round.value() == failingRound) {
                    throw new ChainUnavailableException("block " + round + " cannot be read");
                }
                return super.block(round);
            }
        });
        api = new Api(platform.baseUrl());
        await(() -> api.get("/health/ready"), reply -> reply.status() == 200, "readiness 200");

        long stuckAt = platform.ledger().currentRound().value() + 2;
        failingRound = stuckAt;
        Api.Reply notReady = await(() -> api.get("/health/ready"), reply -> reply.status() == 503, "readiness 503");

        assertThat(notReady.body().path("checks").path("listener").asText()).startsWith("stuck at round " + stuckAt);
        Api.Reply status = api.get("/listener/status");
        assertThat(status.body().path("stuck").asBoolean()).isTrue();
        assertThat(status.body().path("lastRound").asLong()).isEqualTo(stuckAt - 1);
        assertThat(status.body().path("stalledRounds").asLong()).isGreaterThanOrEqualTo(STUCK_AFTER);
        assertThat(status.body().path("heartbeatAgeSeconds").asLong()).as("the heartbeat is fresh").isLessThan(2);
        assertThat(platform.metrics().scrape()).contains("listener_stuck 1.0");

        failingRound = -1;
        await(() -> api.get("/health/ready"), reply -> reply.status() == 200, "readiness 200 again");
        assertThat(api.get("/listener/status").body().path("lastRound").asLong()).isGreaterThanOrEqualTo(stuckAt);
    }

    private static Api.Reply await(Supplier<Api.Reply> call, Predicate<Api.Reply> done, String what) {
        Instant deadline = Instant.now().plusSeconds(30);
        Api.Reply reply = call.get();
        while (!done.test(reply)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting for " + what + "; last answer " + reply.status() + " "
                        + reply.body());
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            reply = call.get();
        }
        return reply;
    }
}
