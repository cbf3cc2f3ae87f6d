package dev.stickerplatform.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private static final long LOWEST = 0;
    private static final long HIGHEST = 999_999;
    private final RetryPolicy policy = new RetryPolicy(8, Duration.ofSeconds(2), Duration.ofMinutes(5));

    @Test
    void theFirstDelayIsBetweenHalfTheBaseAndTheBase() {
        assertThat(policy.delay(1, LOWEST)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.delay(1, HIGHEST)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void delaysDoubleWithEachAttempt() {
        assertThat(policy.delay(2, LOWEST)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.delay(3, LOWEST)).isEqualTo(Duration.ofSeconds(4));
        assertThat(policy.delay(4, LOWEST)).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void everyDelayStaysWithinHalfTheCeilingAndTheCeiling() {
        for (int attempts = 1; attempts <= 12; attempts++) {
            long ceiling = Math.min(2000L << (attempts - 1), 300_000);
            for (long unit : new long[] {LOWEST, 123_456, 500_000, HIGHEST}) {
                assertThat(policy.delay(attempts, unit).toMillis()).isBetween(ceiling / 2, ceiling);
            }
        }
    }

    @Test
    void delaysAreCappedAtTheCeiling() {
        assertThat(policy.delay(1_000, HIGHEST)).isLessThanOrEqualTo(Duration.ofMinutes(5));
        assertThat(policy.delay(1_000, LOWEST)).isEqualTo(Duration.ofMinutes(5).dividedBy(2));
    }

    @Test
    void aNegativeRandomNumberStillGivesADelayInRange() {
        assertThat(policy.delay(1, -1)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void isNotExhaustedBeforeMaxAttempts() {
        assertThat(policy.exhausted(7)).isFalse();
    }

    @Test
    void isExhaustedAtMaxAttempts() {
        assertThat(policy.exhausted(8)).isTrue();
    }

    @Test
    void rejectsACapBelowTheBase() {
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(10), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsZeroAttempts() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void defaultsAllowEightAttempts() {
        assertThat(RetryPolicy.defaults().exhausted(8)).isTrue();
    }
}
