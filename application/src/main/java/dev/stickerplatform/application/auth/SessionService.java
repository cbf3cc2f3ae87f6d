package dev.stickerplatform.application.auth;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.Hash32;
import dev.stickerplatform.domain.model.Hashes;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.Randomness;
import dev.stickerplatform.domain.port.SessionStore;
import dev.stickerplatform.domain.port.SessionStore.Rotation;
import dev.stickerplatform.domain.port.SessionStore.Session;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sessions behind the short-lived access tokens: each sign-in opens one, with a refresh token that is single use
 * (each refresh answers a new one), rotating and revocable. Presenting a refresh token that was already used
 * revokes the whole session (someone else holds a copy). A refresh also asks the chain which key signs for the
 * wallet now: if the wallet was rekeyed since sign-in, the session ends — so a rekey ends access at the latest
 * when the current access token expires. Access tokens name their session and stop working once it is revoked
 * (within {@link SessionConfig#activeCache()} in other processes; at once in the process that revoked it).
 *
 * <p>A refresh token is {@code <session id>.<secret>}; only the secret's SHA-256 is stored.
 */
public final class SessionService {
    private static final int SECRET_BYTES = 32;
    private final SessionStore sessions;
    private final Chain chain;
    private final Randomness randomness;
    private final Clock clock;
    private final SessionConfig config;
    /** Sessions seen active, with when that was checked, so a token check costs no store round trip each time. */
    private final Map<UUID, Checked> active = new ConcurrentHashMap<>();

    private record Checked(Address wallet, Instant at) {
    }

    public SessionService(SessionStore sessions, Chain chain, Randomness randomness, Clock clock,
                          SessionConfig config) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.chain = Objects.requireNonNull(chain, "chain");
        this.randomness = Objects.requireNonNull(randomness, "randomness");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.config = Objects.requireNonNull(config, "config");
    }

    /** A session just opened or refreshed: the refresh token is shown to the client once. */
    public record Grant(UUID sessionId, Address wallet, Role role, String refreshToken, Instant expiresAt) {
    }

    public sealed interface Refresh {
        record Refreshed(Grant grant) implements Refresh {
        }

        record Refused(Reason reason) implements Refresh {
        }
    }

    /** Why a refresh was refused; {@link #detail()} is safe to show the client. */
    public enum Reason {
        UNKNOWN("The refresh token is not valid; sign in again."),
        ENDED("The session has ended (signed out, revoked or expired); sign in again."),
        REUSED("The refresh token was already used; the session is revoked for safety. Sign in again."),
        REKEYED("The wallet's signing key changed since sign-in; the session is revoked. Sign in again.");

        private final String detail;

        Reason(String detail) {
            this.detail = detail;
        }

        public String detail() {
            return detail;
        }
    }

    /** Opens the session of a wallet that has just signed in. */
    public Grant open(Address wallet, Role role) {
        Instant now = clock.instant();
        Address signingKey = chain.account(wallet).signingAddress();
        UUID id = newId();
        byte[] secret = randomness.bytes(SECRET_BYTES);
        Session session = new Session(id, wallet, role.wireName(), signingKey, hash(secret), 0, now,
                now.plus(config.lifetime()), null);
        sessions.open(session);
        return grant(session, secret);
    }

    /** Rotates a refresh token: the old one is used up, the answer holds the next one. */
    public Refresh refresh(String refreshToken) {
        Optional<Presented> presented = Presented.parse(refreshToken);
        if (presented.isEmpty()) {
            return new Refresh.Refused(Reason.UNKNOWN);
        }
        Instant now = clock.instant();
        byte[] next = randomness.bytes(SECRET_BYTES);
        Rotation rotation = sessions.rotate(presented.get().id(), hash(presented.get().secret()), hash(next), now);
        return switch (rotation) {
            case Rotation.Unknown unknown -> new Refresh.Refused(Reason.UNKNOWN);
            case Rotation.Ended ended -> new Refresh.Refused(Reason.ENDED);
            case Rotation.Reused reused -> {
                active.remove(reused.session().id());
                yield new Refresh.Refused(Reason.REUSED);
            }
            case Rotation.Rotated rotated -> {
                Session session = rotated.session();
                if (!chain.account(session.wallet()).signingAddress().equals(session.signingKey())) {
                    revoke(session.id());
                    yield new Refresh.Refused(Reason.REKEYED);
                }
                yield new Refresh.Refreshed(grant(session, next));
            }
        };
    }

    /** Ends one session (sign-out); returns whether it was active. */
    public boolean revoke(UUID sessionId) {
        active.remove(sessionId);
        return sessions.revoke(sessionId, clock.instant());
    }

    /** Ends the session a refresh token belongs to, when the token is its current one; returns whether it did. */
    public boolean revoke(String refreshToken) {
        return Presented.parse(refreshToken)
                .filter(presented -> sessions.find(presented.id())
                        .filter(session -> session.tokenHash().equals(hash(presented.secret()))).isPresent())
                .map(presented -> revoke(presented.id()))
                .orElse(false);
    }

    /** Ends every session of a wallet; returns how many were active. */
    public int revokeAll(Address wallet) {
        active.values().removeIf(checked -> checked.wallet().equals(wallet));
        return sessions.revokeAll(wallet, clock.instant());
    }

    /** Whether an access token of this session may still be used (see the class comment for the bound). */
    public boolean isActive(UUID sessionId) {
        Instant now = clock.instant();
        Checked checked = active.get(sessionId);
        if (checked != null && now.isBefore(checked.at().plus(config.activeCache()))) {
            return true;
        }
        Optional<Session> session = sessions.find(sessionId).filter(s -> s.isActive(now));
        if (session.isEmpty()) {
            active.remove(sessionId);
            return false;
        }
        active.put(sessionId, new Checked(session.get().wallet(), now));
        return true;
    }

    public SessionConfig config() {
        return config;
    }

    private Grant grant(Session session, byte[] secret) {
        String token = session.id() + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new Grant(session.id(), session.wallet(), Role.fromWireName(session.role()), token,
                session.expiresAt());
    }

    private UUID newId() {
        ByteBuffer bytes = ByteBuffer.wrap(randomness.bytes(16));
        return new UUID(bytes.getLong(), bytes.getLong());
    }

    private static Hash32 hash(byte[] secret) {
        return Hash32.of(Hashes.sha256(secret));
    }

    /** A refresh token as presented: session id and secret, when it has that shape. */
    private record Presented(UUID id, byte[] secret) {
        static Optional<Presented> parse(String token) {
            if (token == null || token.length() > 200) {
                return Optional.empty();
            }
            int dot = token.indexOf('.');
            if (dot < 0) {
                return Optional.empty();
            }
            try {
                UUID id = UUID.fromString(token.substring(0, dot));
                byte[] secret = Base64.getUrlDecoder().decode(token.substring(dot + 1));
                return secret.length == SECRET_BYTES ? Optional.of(new Presented(id, secret)) : Optional.empty();
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }
}
