package dev.stickerplatform.adapters.persistence.redis;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach Redis. Bootstrap fills it from {@code REDIS_URL}.
 *
 * @param url       {@code redis://[user:password@]host:port[/database]}, or {@code rediss://…} for TLS
 * @param timeout   connect and read timeout of one command: short, so an outage is noticed (and the rate limiter
 *                  falls back) within one request instead of hanging it
 * @param poolSize  the most connections this process opens
 * @param keyPrefix put before every key, so several platforms (or test runs) can share one Redis
 */
public record RedisConfig(URI url, Duration timeout, int poolSize, String keyPrefix) {
    public RedisConfig {
        Objects.requireNonNull(url, "url");
        if (!"redis".equals(url.getScheme()) && !"rediss".equals(url.getScheme()) || url.getHost() == null) {
            throw new IllegalArgumentException("a Redis URL looks like redis://host:6379 (rediss:// for TLS)");
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero() || timeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the Redis timeout must be positive");
        }
        if (poolSize < 1) {
            throw new IllegalArgumentException("the Redis pool needs at least one connection");
        }
        Objects.requireNonNull(keyPrefix, "keyPrefix");
    }

    /** {@code url} with a 500 ms timeout, 16 connections and the prefix {@code sticker:}. */
    public static RedisConfig of(String url) {
        return new RedisConfig(URI.create(url), Duration.ofMillis(500), 16, "sticker:");
    }

    public RedisConfig withKeyPrefix(String prefix) {
        return new RedisConfig(url, timeout, poolSize, prefix);
    }

    /** Never shows a password. */
    @Override
    public String toString() {
        String shown = url.getUserInfo() == null ? url.toString() : url.toString().replace(url.getRawUserInfo(), "****");
        return "RedisConfig[url=" + shown + ", timeout=" + timeout + ", poolSize=" + poolSize + ", keyPrefix="
                + keyPrefix + "]";
    }
}
