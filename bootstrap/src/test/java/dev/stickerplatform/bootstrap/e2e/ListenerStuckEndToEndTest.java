package dev.stickerplatform.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.bootstrap.wiring.Platform;
import dev.stickerplatform.bootstrap.config.PlatformConfig;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.port.ChainUnavailableException;
import dev.stickerplatform.domain.port.ForwardingChain;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A round whose block keeps failing while the chain moves on: the listener's heartbeat stays fresh, yet readiness
 * turns 503 with the reason once the chain has produced {@code LISTENER_STUCK_AFTER_ROUNDS} rounds past the stuck
 * cursor, and comes back to 200 by itself when the round can be read.
 */
class ListenerStuckEndToEndTest {
    /** How long a wait for an answer may take. */
    private static final Duration WAIT = Duration.ofSeconds(30);
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
        Api.await(() -> api.get("/health/ready"), reply -> reply.status() == 200, "readiness 200", WAIT);

        long stuckAt = platform.ledger().currentRound().value() + 2;
        failingRound = stuckAt;
        Api.Reply notReady = Api.await(() -> api.get("/health/ready"),
                reply -> reply.status() == 503, "readiness 503", WAIT);

        assertThat(notReady.body().path("checks").path("listener").asText()).startsWith("stuck at round " + stuckAt);
        Api.Reply status = api.get("/listener/status");
        assertThat(status.body().path("stuck").asBoolean()).isTrue();
        assertThat(status.body().path("lastRound").asLong()).isEqualTo(stuckAt - 1);
        assertThat(status.body().path("stalledRounds").asLong()).isGreaterThanOrEqualTo(STUCK_AFTER);
        assertThat(status.body().path("heartbeatAgeSeconds").asLong()).as("the heartbeat is fresh").isLessThan(2);
        assertThat(platform.metrics().scrape()).contains("listener_stuck 1.0");

        failingRound = -1;
        Api.await(() -> api.get("/health/ready"), reply -> reply.status() == 200, "readiness 200 again", WAIT);
        assertThat(api.get("/listener/status").body().path("lastRound").asLong()).isGreaterThanOrEqualTo(stuckAt);
    }
}
