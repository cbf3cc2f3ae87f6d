package dev.stickerplatform.bootstrap.config;

import dev.stickerplatform.application.auth.SessionConfig;
import java.time.Duration;

/**
 * Sessions behind access tokens: {@code SESSION_LIFETIME_HOURS} (default 720 = 30 days) bounds a session however
 * often it is refreshed; {@code SESSION_CHECK_CACHE_MS} (default 2000) is how long a process trusts that a session
 * it saw active still is — the bound on how late a sign-out or revocation made by another process takes effect.
 */
public record SessionSettings(SessionConfig config) {
    static SessionSettings fromEnv(Env env) {
        return new SessionSettings(new SessionConfig(
                Duration.ofHours(env.longValue("SESSION_LIFETIME_HOURS", 720, 1)),
                env.millis("SESSION_CHECK_CACHE_MS", SessionConfig.DEFAULT_ACTIVE_CACHE)));
    }
}
