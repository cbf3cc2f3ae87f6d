package dev.stickerplatform.domain.port;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.Hash32;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Signed-in sessions: one per sign-in, each with the hash of its one current refresh token (the token itself is
 * never stored). Shared by every server process when it lives in PostgreSQL.
 *
 * <p>Contract, for every implementation:
 * <ul>
 *   <li>{@link #rotate} is atomic: of concurrent rotations presenting the same token exactly one succeeds; any
 *       other presentation of a token that is not the current one is a reuse, and revokes the session.</li>
 *   <li>A revoked session stays revoked; a session past {@code expiresAt} is never rotated.</li>
 *   <li>What is returned is a copy. Failures of the store itself are {@link StoreUnavailableException}; a session
 *       id that exists already is {@link DuplicateException}.</li>
 * </ul>
 */
public interface SessionStore {
    /** Records a new session. */
    void open(Session session);

    Optional<Session> find(UUID id);

    /**
     * Replaces the session's current refresh token {@code presented} by {@code next} (both as hashes) if the session
     * is active at {@code now}; see the class contract for reuse.
     */
    Rotation rotate(UUID id, Hash32 presented, Hash32 next, Instant now);

    /** Revokes one session; returns whether it was active (not yet revoked) before. */
    boolean revoke(UUID id, Instant now);

    /** Revokes every session of {@code wallet} not yet revoked; returns how many. */
    int revokeAll(Address wallet, Instant now);

    /**
     * One sign-in.
     *
     * @param role       the role it was granted (its wire name)
     * @param signingKey the key that signed the sign-in: the wallet's auth address when rekeyed, else the wallet
     * @param tokenHash  SHA-256 of the current refresh token's secret
     * @param generation how many times the refresh token was rotated
     * @param revokedAt  null while not revoked
     */
    record Session(UUID id, Address wallet, String role, Address signingKey, Hash32 tokenHash, int generation,
                   Instant createdAt, Instant expiresAt, Instant revokedAt) {
        public Session {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(wallet, "wallet");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(signingKey, "signingKey");
            Objects.requireNonNull(tokenHash, "tokenHash");
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }

        public boolean isActive(Instant now) {
            return revokedAt == null && now.isBefore(expiresAt);
        }

        public Session rotated(Hash32 next) {
            return new Session(id, wallet, role, signingKey, next, generation + 1, createdAt, expiresAt, revokedAt);
        }

        public Session revoked(Instant now) {
            return revokedAt != null ? this
                    : new Session(id, wallet, role, signingKey, tokenHash, generation, createdAt, expiresAt, now);
        }
    }

    /** How a rotation ended. */
    sealed interface Rotation {
        /** The presented token was current: {@code session} now holds the next one. */
        record Rotated(Session session) implements Rotation {
        }

        /** The presented token was an earlier one (or a forgery naming the session): the session is now revoked. */
        record Reused(Session session) implements Rotation {
        }

        /** The session was already revoked or has expired; nothing changed. */
        record Ended(Session session) implements Rotation {
        }

        record Unknown() implements Rotation {
        }
    }
}
