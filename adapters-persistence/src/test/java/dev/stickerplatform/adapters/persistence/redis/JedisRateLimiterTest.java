package dev.stickerplatform.adapters.persistence.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.domain.port.RateLimiter;
import dev.stickerplatform.domain.port.RateLimiter.Policy;
import dev.stickerplatform.domain.port.RateLimiterContractTest;
import dev.stickerplatform.domain.port.RateLimiterUnavailableException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Redis limiter against a real Redis: the port contract with a one-second window (Redis keeps the time, so
 * the tests really wait), plus what only a shared server shows — keys expiring, several connections (as several
 * processes would hold) sharing one budget, and outages.
 */
class JedisRateLimiterTest extends RateLimiterContractTest {
    private static final Duration WINDOW = Duration.ofSeconds(1);
    private final List<RedisConnection> connections = new ArrayList<>();
    private RedisConfig config;

    @Override
    protected RateLimiter newLimiter() {
        config = RedisTestServer.config();
        return connect().rateLimiter();
    }

    @Override
    protected void advance(Duration duration) {
        try {
            Thread.sleep(duration.toMillis() + 1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected Duration window() {
        return WINDOW;
    }

    @AfterEach
    void closeConnections() {
        connections.forEach(RedisConnection::close);
    }

    @Test
    void aKeyDisappearsFromRedisAfterItsWindow() {
        RedisConnection connection = connect();
        JedisRateLimiter redisLimiter = connection.rateLimiter();
        Policy policy = new Policy("expiry", 3, Duration.ofMillis(300));
        redisLimiter.acquire("client", policy);
        String key = redisLimiter.redisKey("client", policy);
        assertThat(connection.client().exists(key)).isTrue();
        assertThat(connection.client().pttl(key)).isBetween(1L, 300L);

        advance(Duration.ofMillis(350));

        assertThat(connection.client().exists(key)).isFalse();
    }

    @Test
    void aRejectedCallDoesNotExtendTheKeysLife() {
        RedisConnection connection = connect();
        JedisRateLimiter redisLimiter = connection.rateLimiter();
        Policy policy = new Policy("expiry", 1, Duration.ofMillis(400));
        redisLimiter.acquire("client", policy);
        advance(Duration.ofMillis(200));

        assertThat(redisLimiter.acquire("client", policy).allowed()).isFalse();

        assertThat(connection.client().pttl(redisLimiter.redisKey("client", policy))).isLessThanOrEqualTo(200L);
    }

    @Test
    void limitersOnSeparateConnectionsShareOneBudget() throws Exception {
        List<RateLimiter> processes = List.of(connect().rateLimiter(), connect().rateLimiter(),
                connect().rateLimiter());
        Policy policy = new Policy("shared", 25, Duration.ofMinutes(1));
        String client = "client-" + UUID.randomUUID();
        var pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> callers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                RateLimiter process = processes.get(i % processes.size());
                callers.add(() -> {
                    int allowed = 0;
                    for (int call = 0; call < 10; call++) {
                        allowed += process.acquire(client, policy).allowed() ? 1 : 0;
                    }
                    return allowed;
                });
            }
            int total = 0;
            for (Future<Integer> result : pool.invokeAll(callers)) {
                total += result.get();
            }
            assertThat(total).isEqualTo(25);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anUnreachableRedisIsUnavailableQuickly() {
        var down = RedisConnection.open(new RedisConfig(URI.create("redis://127.0.0.1:1"), Duration.ofMillis(300), 2,
                "x:"));
        connections.add(down);
        RateLimiter unreachable = down.rateLimiter();
        Policy policy = new Policy("down", 1, WINDOW);
        long started = System.nanoTime();

        assertThatThrownBy(() -> unreachable.acquire("client", policy))
                .isInstanceOf(RateLimiterUnavailableException.class);
        assertThatThrownBy(() -> unreachable.acquire("client", policy))
                .as("within the pause after a failure Redis is not asked again")
                .isInstanceOf(RateLimiterUnavailableException.class).hasMessageContaining("moments ago");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        assertThat(down.isReachable()).isFalse();
    }

    @Test
    void aReachableRedisSaysSoAndReportsItsPool() {
        RedisConnection connection = connect();

        assertThat(connection.isReachable()).isTrue();
        assertThat(connection.poolStats().active()).isZero();
    }

    @Test
    void theConfigNeverShowsThePassword() {
        var secret = new RedisConfig(URI.create("redis://user:hunter2@redis.internal:6379/2"), WINDOW, 4, "p:");

        assertThat(secret.toString()).doesNotContain("hunter2").contains("redis.internal");
    }

    private RedisConnection connect() {
        RedisConnection connection = RedisConnection.open(config == null ? RedisTestServer.config() : config);
        connections.add(connection);
        return connection;
    }
}
