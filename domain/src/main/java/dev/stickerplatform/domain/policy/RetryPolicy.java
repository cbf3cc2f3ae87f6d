package dev.stickerplatform.domain.policy;

import java.time.Duration;

/**
 * Exponential back-off with full jitter for failed job attempts, and the attempt count after which a job is
 * dead-lettered.
 */
public record RetryPolicy(int maxAttempts, Duration base, Duration cap) {
    public RetryPolicy {
        if (maxAttempts < 1 || base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("retry policy needs maxAttempts >= 1 and 0 < base <= cap");
        }
    }

    public static RetryPolicy defaults() {
        return new RetryPolicy(8, Duration.ofSeconds(2), Duration.ofMinutes(5));
    }

    /** Whether the job should be dead-lettered after {@code attempts} failures. */
    public boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }

    /**
     * The delay before attempt {@code attempts + 1}: uniform in [ceiling/2, ceiling] where ceiling =
     * min(cap, base · 2^(attempts-1)); {@code unit} is a random number in [0, 1_000_000).
     */
    public Duration delay(int attempts, long unit) {
        long ceiling = base.toMillis();
        for (int i = 1; i < attempts && ceiling < cap.toMillis(); i++) {
            ceiling *= 2;
        }
        ceiling = Math.min(ceiling, cap.toMillis());
        long half = ceiling / 2;
        return Duration.ofMillis(half + (ceiling - half) * Math.floorMod(unit, 1_000_000L) / 1_000_000L);
    }
}
