package dev.stickerplatform.application.auth;

import java.time.Duration;
import java.util.Objects;

/**
 * How long sessions live.
 *
 * @param lifetime    a session (and its refresh tokens) ends this long after sign-in, however often it is refreshed
 * @param activeCache how long a process may trust that a session it saw active still is, before asking the store
 *                    again: the bound on how late a revocation made by another process takes effect there
 */
public record SessionConfig(Duration lifetime, Duration activeCache) {
    public static final Duration DEFAULT_LIFETIME = Duration.ofDays(30);
    public static final Duration DEFAULT_ACTIVE_CACHE = Duration.ofSeconds(2);

    public SessionConfig {
        Objects.requireNonNull(lifetime, "lifetime");
        Objects.requireNonNull(activeCache, "activeCache");
        if (lifetime.isNegative() || lifetime.isZero() || activeCache.isNegative()) {
            throw new IllegalArgumentException("a session lifetime is positive and the active cache not negative");
        }
    }

    public static SessionConfig defaults() {
        return new SessionConfig(DEFAULT_LIFETIME, DEFAULT_ACTIVE_CACHE);
    }
}
