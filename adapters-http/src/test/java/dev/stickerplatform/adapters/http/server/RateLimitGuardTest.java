package dev.stickerplatform.adapters.http.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.domain.port.RateLimiter.Decision;
import dev.stickerplatform.domain.port.RateLimiter.Policy;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimitGuardTest {
    @Test
    void headersFollowTheIetfRateLimitFields() {
        var headers = RateLimitGuard.headers(new Policy("writes", 60, Duration.ofMinutes(1)),
                new Decision(true, 60, 59, Duration.ofMillis(41_200), Duration.ZERO));
        assertThat(headers).containsEntry("RateLimit-Policy", "\"writes\";q=60;w=60")
                .containsEntry("RateLimit", "\"writes\";r=59;t=42");
    }

    @Test
    void secondsRoundUpAndNeverSayZero() {
        assertThat(RateLimitGuard.seconds(Duration.ZERO)).isEqualTo(1);
        assertThat(RateLimitGuard.seconds(Duration.ofMillis(10))).isEqualTo(1);
        assertThat(RateLimitGuard.seconds(Duration.ofSeconds(3))).isEqualTo(3);
        assertThat(RateLimitGuard.seconds(Duration.ofMillis(3001))).isEqualTo(4);
    }
}
