package dev.stickerplatform.adapters.kms;

import dev.stickerplatform.domain.policy.RetryPolicy;
import dev.stickerplatform.domain.port.SignerUnavailableException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * How a cloud signer retries a call that failed for a passing reason (throttled, the service briefly unavailable, a
 * timeout): at most {@code attempts} calls in all, waiting between them with the domain's exponential back-off and
 * full jitter ({@link RetryPolicy#delay}). Any other failure, and the last one, is thrown as it came.
 *
 * @param attempts how many calls at most, the first included (1 = never retry)
 * @param base     the ceiling of the first wait
 * @param cap      the largest wait
 */
record Backoff(int attempts, Duration base, Duration cap) {
    /** Four calls over at most about 3.5 s of waiting: long enough for a throttle to lift, short for a caller. */
    static final Backoff DEFAULT = new Backoff(4, Duration.ofMillis(250), Duration.ofSeconds(2));

    Backoff {
        new RetryPolicy(attempts, base, cap); // the same rules: attempts >= 1, 0 < base <= cap
    }

    /** Calls {@code attempt} until it succeeds, fails for good, or {@link #attempts} calls failed. */
    <T> T call(Supplier<T> attempt, Predicate<RuntimeException> passing) {
        RetryPolicy policy = new RetryPolicy(attempts, base, cap);
        for (int made = 1; ; made++) {
            try {
                return attempt.get();
            } catch (RuntimeException e) {
                if (policy.exhausted(made) || !passing.test(e)) {
                    throw e;
                }
                pause(policy.delay(made, ThreadLocalRandom.current().nextLong(1_000_000L)), e);
            }
        }
    }

    private static void pause(Duration delay, RuntimeException cause) {
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            SignerUnavailableException interrupted = new SignerUnavailableException("interrupted while waiting to "
                    + "retry a signature request", e);
            interrupted.addSuppressed(cause);
            throw interrupted;
        }
    }
}
