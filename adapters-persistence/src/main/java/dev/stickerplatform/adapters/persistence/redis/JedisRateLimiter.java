package dev.stickerplatform.adapters.persistence.redis;

import dev.stickerplatform.domain.port.RateLimiter;
import dev.stickerplatform.domain.port.RateLimiterUnavailableException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.exceptions.JedisNoScriptException;

/**
 * The {@link RateLimiter} every process shares: an exact sliding log per (policy, key) in a Redis sorted set,
 * checked and updated by one Lua script, so concurrent callers in any number of processes never get more than
 * {@code limit} calls into any window. Times come from the Redis server ({@code TIME}), so the processes' clocks
 * do not matter. Each key expires one window after its last allowed call; a rejected call is not recorded.
 *
 * <p>After a failure Redis is not asked again for {@link #PAUSE_AFTER_FAILURE}: during an outage callers get
 * {@link RateLimiterUnavailableException} at once instead of waiting out a timeout on every request.
 */
public final class JedisRateLimiter implements RateLimiter {
    static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(1);

    /** KEYS[1] the log; ARGV: limit, window (µs), a unique id. Returns {allowed, remaining, resetµs, retryµs}. */
    static final String SCRIPT = """
            local limit = tonumber(ARGV[1])
            local window = tonumber(ARGV[2])
            local time = redis.call('TIME')
            local now = tonumber(time[1]) * 1000000 + tonumber(time[2])
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
            local count = redis.call('ZCARD', KEYS[1])
            if count < limit then
              redis.call('ZADD', KEYS[1], time[1] .. string.format('%06d', tonumber(time[2])), time[1] .. time[2] .. ARGV[3])
              redis.call('PEXPIRE', KEYS[1], math.ceil(window / 1000))
              return {1, limit - count - 1, window, 0}
            end
            local oldest = tonumber(redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')[2])
            local newest = tonumber(redis.call('ZRANGE', KEYS[1], -1, -1, 'WITHSCORES')[2])
            return {0, 0, newest + window - now, oldest + window - now}
            """;

    private final UnifiedJedis redis;
    private final String keyPrefix;
    private volatile String scriptSha;
    private volatile long pausedUntil = System.nanoTime();

    JedisRateLimiter(UnifiedJedis redis, String keyPrefix) {
        this.redis = Objects.requireNonNull(redis, "redis");
        this.keyPrefix = Objects.requireNonNull(keyPrefix, "keyPrefix");
    }

    @Override
    public Decision acquire(String key, Policy policy) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(policy, "policy");
        if (System.nanoTime() - pausedUntil < 0) {
            throw new RateLimiterUnavailableException("Redis failed moments ago; not asking again yet");
        }
        long window = Math.max(1, policy.window().toNanos() / 1_000);
        List<String> args = List.of(Integer.toString(policy.limit()), Long.toString(window),
                ":" + Long.toHexString(ThreadLocalRandom.current().nextLong()));
        try {
            List<?> reply = (List<?>) run(List.of(redisKey(key, policy)), args);
            boolean allowed = ((Long) reply.get(0)) == 1;
            return new Decision(allowed, policy.limit(), ((Long) reply.get(1)).intValue(),
                    micros((Long) reply.get(2), window), allowed ? Duration.ZERO : micros((Long) reply.get(3), window));
        } catch (JedisException | ClassCastException | IndexOutOfBoundsException e) {
            pausedUntil = System.nanoTime() + PAUSE_AFTER_FAILURE.toNanos();
            throw new RateLimiterUnavailableException("Redis rate limiter failed: " + e.getMessage(), e);
        }
    }

    /** The Redis key of a (policy, key) pair; policy names and keys never contain the separator's meaning. */
    String redisKey(String key, Policy policy) {
        return keyPrefix + policy.name() + ":" + key;
    }

    private Object run(List<String> keys, List<String> args) {
        String sha = scriptSha;
        if (sha == null) {
            sha = load();
        }
        try {
            return redis.evalsha(sha, keys, args);
        } catch (JedisNoScriptException e) {
            // Redis restarted or SCRIPT FLUSH: load it again, once
            return redis.evalsha(load(), keys, args);
        }
    }

    private String load() {
        String sha = redis.scriptLoad(SCRIPT);
        scriptSha = sha;
        return sha;
    }

    /** Never negative, never beyond a window (the server's clock may step). */
    private static Duration micros(long value, long window) {
        return Duration.ofNanos(Math.min(Math.max(value, 0), window) * 1_000);
    }
}
