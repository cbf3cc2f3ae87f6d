package dev.stickerplatform.adapters.persistence.redis;

import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The real Redis the Redis tests run against ({@code REDIS_HOST}, {@code REDIS_PORT}; default 127.0.0.1:6379),
 * with a key prefix of its own per run, so runs never see each other's keys. When Redis cannot be reached the
 * test class is skipped with the reason, except with {@code CI=true}, where it fails: CI must never pass by
 * skipping.
 */
final class RedisTestServer {
    private RedisTestServer() {
    }

    /** Call from {@code @BeforeAll}/{@code @BeforeEach}; skips (or, in CI, fails) when no Redis answers. */
    static RedisConfig config() {
        String host = env("REDIS_HOST", "127.0.0.1");
        String port = env("REDIS_PORT", "6379");
        RedisConfig config = new RedisConfig(URI.create("redis://" + host + ":" + port), Duration.ofSeconds(2), 32,
                "sticker-test:" + UUID.randomUUID() + ":");
        try (RedisConnection probe = RedisConnection.open(config)) {
            if (!probe.isReachable()) {
                String message = "Redis is not reachable at " + host + ":" + port + " (set REDIS_HOST, REDIS_PORT)";
                if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                    throw new AssertionError(message + "; CI=true, so the Redis tests fail instead of skipping");
                }
                Assumptions.abort(message + "; skipping the Redis tests (with CI=true they fail)");
            }
        }
        return config;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
