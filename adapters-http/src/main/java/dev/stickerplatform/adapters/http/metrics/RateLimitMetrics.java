package dev.stickerplatform.adapters.http.metrics;

/** What the rate-limit guard reports, by policy name. Implementations must be cheap and never throw. */
public interface RateLimitMetrics {
    /** Records nothing. */
    RateLimitMetrics NONE = new RateLimitMetrics() {
    };

    /** A request was refused with 429. */
    default void rejected(String policy) {
    }

    /** The shared limiter was down and the request was counted by this process's local limiter instead. */
    default void fellBack(String policy) {
    }

    /** The shared limiter was down and the request was refused with 503 (or, without a fallback, let through). */
    default void unavailable(String policy) {
    }
}
