package dev.stickerplatform.bootstrap.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.stickerplatform.adapters.persistence.redis.RedisConfig;
import dev.stickerplatform.adapters.persistence.redis.RedisConnection;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;

/**
 * The real Redis for tests ({@code REDIS_HOST}, {@code REDIS_PORT}; default 127.0.0.1:6379), with a key prefix
 * of its own per use. Unreachable: a failure when {@code CI=true}, a skip with the reason otherwise.
 */
public final class TestRedis {
    private TestRedis() {
    }

    public static RedisConfig freshPrefix() {
        String host = env("REDIS_HOST", "127.0.0.1");
        String port = env("REDIS_PORT", "6379");
        var config = new RedisConfig(URI.create("redis://" + host + ":" + port), Duration.ofSeconds(2), 16,
                "sticker-test:" + UUID.randomUUID() + ":");
        try (RedisConnection probe = RedisConnection.open(config)) {
            if (!probe.isReachable()) {
                if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                    throw new IllegalStateException("Redis is required in CI but unreachable at " + host + ":" + port);
                }
                assumeTrue(false, "Redis unreachable at " + host + ":" + port + " (set REDIS_HOST, REDIS_PORT): test"
                        + " skipped");
            }
        }
        return config;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
