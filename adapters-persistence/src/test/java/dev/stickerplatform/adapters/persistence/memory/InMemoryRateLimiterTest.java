package dev.stickerplatform.adapters.persistence.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.domain.port.MutableClock;
import dev.stickerplatform.domain.port.RateLimiter;
import dev.stickerplatform.domain.port.RateLimiter.Policy;
import dev.stickerplatform.domain.port.RateLimiterContractTest;
import dev.stickerplatform.domain.port.TestData;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class InMemoryRateLimiterTest extends RateLimiterContractTest {
    private final MutableClock clock = new MutableClock(TestData.T0);

    @Override
    protected RateLimiter newLimiter() {
        return new InMemoryRateLimiter(clock);
    }

    @Override
    protected void advance(Duration duration) {
        clock.advance(duration);
    }

    @Test
    void aKeysStateDisappearsAfterItsWindow() {
        InMemoryRateLimiter bounded = new InMemoryRateLimiter(clock, 10);
        Policy policy = new Policy("login", 3, Duration.ofMinutes(1));
        bounded.acquire("a", policy);
        bounded.acquire("b", policy);

        clock.advance(Duration.ofMinutes(1));

        assertThat(bounded.trackedKeys()).isZero();
    }

    @Test
    void neverTracksMoreThanItsMaximumOfKeys() {
        InMemoryRateLimiter bounded = new InMemoryRateLimiter(clock, 100);
        Policy policy = new Policy("login", 3, Duration.ofHours(1));

        for (int i = 0; i < 10_000; i++) {
            bounded.acquire("client-" + i, policy);
        }

        assertThat(bounded.trackedKeys()).isEqualTo(100);
    }

    @Test
    void theLeastRecentlyUsedKeyIsForgottenFirst() {
        InMemoryRateLimiter bounded = new InMemoryRateLimiter(clock, 2);
        Policy policy = new Policy("login", 1, Duration.ofHours(1));
        bounded.acquire("old", policy);
        bounded.acquire("busy", policy);
        bounded.acquire("old", policy);

        bounded.acquire("new", policy);

        assertThat(bounded.acquire("old", policy).allowed()).as("old was used last, so busy went").isFalse();
    }

    @Test
    void retryAfterIsExactForTheSlidingLog() {
        InMemoryRateLimiter limiter = new InMemoryRateLimiter(clock);
        Policy policy = new Policy("fund", 2, Duration.ofSeconds(60));
        limiter.acquire("k", policy);
        clock.advance(Duration.ofSeconds(10));
        limiter.acquire("k", policy);
        clock.advance(Duration.ofSeconds(5));

        RateLimiter.Decision rejected = limiter.acquire("k", policy);

        assertThat(rejected.retryAfter()).isEqualTo(Duration.ofSeconds(45));
        assertThat(rejected.resetAfter()).isEqualTo(Duration.ofSeconds(55));
    }
}
