package dev.stickerplatform.adapters.persistence.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.domain.port.ChallengeStore;
import dev.stickerplatform.domain.port.ChallengeStore.Challenge;
import dev.stickerplatform.domain.port.ChallengeStoreContractTest;
import dev.stickerplatform.domain.port.StoreUnavailableException;
import dev.stickerplatform.domain.port.TestData;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Redis challenge store against a real Redis: the port contract, plus what only a shared server shows —
 * Redis drops a challenge at its expiry on its own, another connection (as another process) consumes it exactly
 * once, and an outage is a {@link StoreUnavailableException}.
 */
class JedisChallengeStoreTest extends ChallengeStoreContractTest {
    private final List<RedisConnection> connections = new ArrayList<>();
    private RedisConfig config;

    @Override
    protected ChallengeStore newStore(Clock clock) {
        config = RedisTestServer.config();
        return JedisChallengeStore.on(connect(config));
    }

    @AfterEach
    void closeConnections() {
        connections.forEach(RedisConnection::close);
    }

    @Test
    void redisDropsAChallengeAtItsExpiry() throws InterruptedException {
        RedisConnection connection = connect(config);
        JedisChallengeStore challenges = JedisChallengeStore.on(connection);
        Instant now = Instant.now();
        Challenge challenge = challenge(now, now.plusMillis(200));
        challenges.save(challenge);
        assertThat(connection.client().exists(challenges.key(challenge.nonce()))).isTrue();

        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (connection.client().exists(challenges.key(challenge.nonce())) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }

        assertThat(connection.client().exists(challenges.key(challenge.nonce()))).isFalse();
    }

    @Test
    void anotherProcessConsumesItExactlyOnce() {
        Instant now = clock.instant();
        Challenge challenge = challenge(now, now.plus(Duration.ofMinutes(5)));
        store.save(challenge);
        ChallengeStore otherProcess = JedisChallengeStore.on(connect(config));

        assertThat(otherProcess.consume(challenge.nonce(), now)).contains(challenge);
        assertThat(store.consume(challenge.nonce(), now)).isEmpty();
    }

    @Test
    void aMultiLineMessageAndExactInstantsRoundTrip() {
        Instant now = Instant.parse("2030-01-02T03:04:05.123456789Z");
        Challenge challenge = new Challenge("n-" + UUID.randomUUID(), TestData.FAN,
                "line one\nline two\n\nNonce: x\nv1\n", now, Instant.now().plus(Duration.ofMinutes(5)));
        store.save(challenge);

        assertThat(store.consume(challenge.nonce(), Instant.now())).contains(challenge);
    }

    @Test
    void anUnreachableRedisIsAStoreOutage() {
        RedisConfig nowhere = new RedisConfig(URI.create("redis://127.0.0.1:1"), Duration.ofMillis(200), 1, "x:");
        ChallengeStore down = JedisChallengeStore.on(connect(nowhere));
        Instant now = Instant.now();

        assertThatThrownBy(() -> down.save(challenge(now, now.plusSeconds(60))))
                .isInstanceOf(StoreUnavailableException.class);
        assertThatThrownBy(() -> down.consume("any", now)).isInstanceOf(StoreUnavailableException.class);
    }

    private RedisConnection connect(RedisConfig redis) {
        RedisConnection connection = RedisConnection.open(redis);
        connections.add(connection);
        return connection;
    }

    private static Challenge challenge(Instant issuedAt, Instant expiresAt) {
        return new Challenge("n-" + UUID.randomUUID(), TestData.FAN, "Sign in\nNonce: x", issuedAt, expiresAt);
    }
}
