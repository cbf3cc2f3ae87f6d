package dev.stickerplatform.adapters.persistence.redis;

import java.util.Objects;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.util.JedisURIHelper;

/**
 * One pool of connections to Redis, shared by the Redis adapters of a process (like {@code PostgresDatabase} for
 * Postgres). Opening it does not connect yet: Redis may come up after the platform, and every adapter reports an
 * outage through its port's exception.
 */
public final class RedisConnection implements AutoCloseable {
    private final RedisConfig config;
    private final RedisClient client;

    private RedisConnection(RedisConfig config, RedisClient client) {
        this.config = config;
        this.client = client;
    }

    public static RedisConnection open(RedisConfig config) {
        Objects.requireNonNull(config, "config");
        int timeout = (int) config.timeout().toMillis();
        var clientConfig = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(timeout)
                .socketTimeoutMillis(timeout)
                .user(JedisURIHelper.getUser(config.url()))
                .password(JedisURIHelper.getPassword(config.url()))
                .database(JedisURIHelper.hasDbIndex(config.url()) ? JedisURIHelper.getDBIndex(config.url()) : 0)
                .ssl(JedisURIHelper.isRedisSSLScheme(config.url()))
                .clientName("sticker-platform")
                .build();
        var pool = new ConnectionPoolConfig();
        pool.setMaxTotal(config.poolSize());
        pool.setMaxIdle(config.poolSize());
        pool.setMaxWait(config.timeout());
        pool.setTestWhileIdle(true);
        RedisClient client = RedisClient.builder()
                .hostAndPort(JedisURIHelper.getHostAndPort(config.url()))
                .clientConfig(clientConfig)
                .poolConfig(pool)
                .build();
        return new RedisConnection(config, client);
    }

    public RedisConfig config() {
        return config;
    }

    /** A rate limiter whose keys live under this connection's prefix. */
    public JedisRateLimiter rateLimiter() {
        return new JedisRateLimiter(client, config.keyPrefix() + "rl:");
    }

    /** Whether Redis answers a PING right now (for readiness); never throws. */
    public boolean isReachable() {
        try {
            return "PONG".equalsIgnoreCase(client.ping());
        } catch (JedisException e) {
            return false;
        }
    }

    /** Connections in use, idle and callers waiting for one (for metrics). */
    public record PoolStats(int active, int idle, int waiting) {
    }

    public PoolStats poolStats() {
        var pool = client.getPool();
        return new PoolStats(pool.getNumActive(), pool.getNumIdle(), pool.getNumWaiters());
    }

    /** The client, for the other Redis adapters of this package. */
    RedisClient client() {
        return client;
    }

    @Override
    public void close() {
        client.close();
    }
}
