package dev.stickerplatform.bootstrap.wiring;

import dev.stickerplatform.adapters.http.RateLimitFallback;
import dev.stickerplatform.adapters.http.metrics.PoolStats;
import dev.stickerplatform.adapters.http.metrics.PrometheusMetrics;
import dev.stickerplatform.adapters.persistence.memory.InMemoryRateLimiter;
import dev.stickerplatform.adapters.persistence.redis.RedisConnection;
import dev.stickerplatform.bootstrap.config.OperationsConfig;
import dev.stickerplatform.domain.port.RateLimiter;
import java.time.Clock;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The rate limiter of a process: Redis when {@code REDIS_URL} is set (shared by every process, with a local
 * limiter for the route classes that fall back while Redis is down), otherwise the in-memory one.
 *
 * @param redis null without Redis
 */
record RateLimiting(RateLimiter limiter, RateLimitFallback fallback, RedisConnection redis) implements AutoCloseable {

    static RateLimiting open(OperationsConfig ops, Clock clock) {
        var local = new InMemoryRateLimiter(clock);
        if (ops.redis() == null) {
            return new RateLimiting(local, RateLimitFallback.readsPassThrough(), null);
        }
        RedisConnection redis = RedisConnection.open(ops.redis());
        return new RateLimiting(redis.rateLimiter(), new RateLimitFallback(local, ops.rateLimitFallback()), redis);
    }

    /** Readiness checks: Redis must answer when it is configured. */
    Map<String, BooleanSupplier> healthChecks() {
        return redis == null ? Map.of() : Map.of("redis", redis::isReachable);
    }

    void bindMetrics(PrometheusMetrics metrics) {
        if (redis != null) {
            metrics.bindPool("redis", () -> {
                RedisConnection.PoolStats stats = redis.poolStats();
                return new PoolStats(stats.active(), stats.idle(), stats.waiting());
            });
        }
    }

    String description() {
        return redis == null ? "in-memory" : "redis " + redis.config();
    }

    @Override
    public void close() {
        if (redis != null) {
            redis.close();
        }
    }
}
