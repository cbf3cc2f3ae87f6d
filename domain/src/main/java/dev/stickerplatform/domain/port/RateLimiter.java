package dev.stickerplatform.domain.port;

import java.time.Duration;

/**
 * Counts requests per key against a policy; shared by every process in production (Redis).
 *
 * <p>Contract: of the calls for one key within any window of {@code policy.window()}, at most
 * {@code policy.limit()} are allowed; a rejected call is not counted. State for a key disappears on its own
 * after its window. Failures are {@link RateLimiterUnavailableException}.
 */
public interface RateLimiter {
    Decision acquire(String key, Policy policy);

    /** A named limit: at most {@code limit} requests per {@code window}. */
    record Policy(String name, int limit, Duration window) {
        public Policy {
            if (limit < 1 || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("a rate policy needs a positive limit and window");
            }
        }
    }

    /**
     * @param remaining  requests still allowed in the current window
     * @param resetAfter time until the limit is fully available again
     * @param retryAfter when rejected, time until a request would be allowed (zero when allowed)
     */
    record Decision(boolean allowed, int limit, int remaining, Duration resetAfter, Duration retryAfter) {
    }
}
