package dev.stickerplatform.adapters.persistence.redis;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.port.ChallengeStore;
import dev.stickerplatform.domain.port.StoreUnavailableException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.SetParams;

/**
 * The {@link ChallengeStore} every server process shares, in Redis: one key per nonce that Redis itself expires at
 * the challenge's {@code expiresAt} ({@code SET … PXAT}), and consuming is one {@code GETDEL}, so of concurrent
 * consumers in any number of processes exactly one gets the challenge. A challenge read at or after its expiry is
 * refused even if Redis has not dropped it yet. Every Jedis failure is a {@link StoreUnavailableException}.
 */
public final class JedisChallengeStore implements ChallengeStore {
    /** Version tag of the stored value; fields are separated by newlines, the message (multi-line) comes last. */
    private static final String FORMAT = "v1";

    private final UnifiedJedis redis;
    private final String keyPrefix;

    JedisChallengeStore(UnifiedJedis redis, String keyPrefix) {
        this.redis = Objects.requireNonNull(redis, "redis");
        this.keyPrefix = Objects.requireNonNull(keyPrefix, "keyPrefix");
    }

    /** A challenge store on {@code connection}, its keys under the connection's prefix + {@code auth:}. */
    public static JedisChallengeStore on(RedisConnection connection) {
        return new JedisChallengeStore(connection.client(), connection.config().keyPrefix() + "auth:");
    }

    @Override
    public void save(Challenge challenge) {
        Objects.requireNonNull(challenge, "challenge");
        Objects.requireNonNull(challenge.nonce(), "nonce");
        Objects.requireNonNull(challenge.wallet(), "wallet");
        Objects.requireNonNull(challenge.message(), "message");
        Objects.requireNonNull(challenge.issuedAt(), "issuedAt");
        Objects.requireNonNull(challenge.expiresAt(), "expiresAt");
        String value = String.join("\n", FORMAT, challenge.wallet().value(), challenge.issuedAt().toString(),
                challenge.expiresAt().toString(), challenge.message());
        try {
            redis.set(key(challenge.nonce()), value, SetParams.setParams().pxAt(challenge.expiresAt().toEpochMilli()));
        } catch (JedisException e) {
            throw new StoreUnavailableException("Redis could not store the challenge: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Challenge> consume(String nonce, Instant now) {
        Objects.requireNonNull(now, "now");
        if (nonce == null || nonce.isEmpty()) {
            return Optional.empty();
        }
        String value;
        try {
            value = redis.getDel(key(nonce));
        } catch (JedisException e) {
            throw new StoreUnavailableException("Redis could not consume the challenge: " + e.getMessage(), e);
        }
        return Optional.ofNullable(value).map(v -> decode(nonce, v)).filter(c -> now.isBefore(c.expiresAt()));
    }

    String key(String nonce) {
        return keyPrefix + nonce;
    }

    private static Challenge decode(String nonce, String value) {
        String[] fields = value.split("\n", 5);
        if (fields.length != 5 || !fields[0].equals(FORMAT)) {
            throw new StoreUnavailableException("Redis holds a challenge in an unknown format");
        }
        try {
            return new Challenge(nonce, new Address(fields[1]), fields[4], Instant.parse(fields[2]),
                    Instant.parse(fields[3]));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new StoreUnavailableException("Redis holds a damaged challenge", e);
        }
    }
}
