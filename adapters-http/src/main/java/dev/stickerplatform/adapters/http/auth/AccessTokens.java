package dev.stickerplatform.adapters.http.auth;

import dev.stickerplatform.application.auth.Role;
import dev.stickerplatform.domain.model.Address;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JweHeader;
import io.jsonwebtoken.JwsHeader;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.LocatorAdapter;
import io.jsonwebtoken.UnsupportedJwtException;
import java.security.Key;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Access tokens: JWTs signed with EdDSA (Ed25519) by the current {@link SigningKeys} key, with {@code kid} in the
 * header and {@code iss}, {@code aud}, {@code sub} (the wallet), {@code role}, {@code sid} (the session), {@code jti},
 * {@code iat} and {@code exp} (15 minutes later) as claims. Verification accepts only EdDSA under a known {@code kid}, this issuer
 * and audience, and an unexpired token — never {@code alg: none}, never a key the token names itself.
 */
public final class AccessTokens {
    public static final Duration LIFETIME = Duration.ofMinutes(15);
    static final String ROLE = "role";
    static final String SESSION = "sid";

    private final SigningKeys keys;
    private final Settings settings;
    private final Clock clock;
    private final JwtParser parser;

    /** Who issues the tokens and for whom, and how long they live (15 minutes). */
    public record Settings(String issuer, String audience, Duration lifetime) {
        public Settings {
            if (issuer == null || issuer.isBlank() || audience == null || audience.isBlank()) {
                throw new IllegalArgumentException("issuer and audience are required");
            }
            if (lifetime == null || lifetime.isNegative() || lifetime.isZero()
                    || lifetime.compareTo(Duration.ofHours(1)) > 0) {
                throw new IllegalArgumentException("a token lifetime is positive and at most an hour");
            }
        }

        public static Settings of(String issuer, String audience) {
            return new Settings(issuer, audience, LIFETIME);
        }
    }

    /** A token just issued. */
    public record Issued(String token, String id, Instant expiresAt) {
    }

    /** Who a valid token says the caller is; {@code sessionId} is null for a token issued outside a session. */
    public record Principal(Address wallet, Role role, String tokenId, Instant expiresAt, UUID sessionId) {
    }

    public AccessTokens(SigningKeys keys, Settings settings, Clock clock) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.parser = Jwts.parser()
                .provider(Ed25519Keys.PROVIDER)
                .keyLocator(new KnownKeys())
                .requireIssuer(settings.issuer())
                .requireAudience(settings.audience())
                .clock(() -> Date.from(clock.instant()))
                .build();
    }

    /** A token outside any session (tests and benchmarks; a policy that checks sessions refuses it). */
    public Issued issue(Address wallet, Role role) {
        return issue(wallet, role, null);
    }

    /** A token of the session {@code sessionId} (claim {@code sid}): it stops working when the session ends. */
    public Issued issue(Address wallet, Role role, UUID sessionId) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = now.plus(settings.lifetime());
        String id = UUID.randomUUID().toString();
        String token = Jwts.builder()
                .provider(Ed25519Keys.PROVIDER)
                .header().keyId(keys.currentId()).type("JWT").and()
                .issuer(settings.issuer())
                .audience().single(settings.audience())
                .subject(wallet.value())
                .claim(ROLE, role.wireName())
                .claim(SESSION, sessionId == null ? null : sessionId.toString())
                .id(id)
                .issuedAt(Date.from(now))
                .expiration(Date.from(expiresAt))
                .signWith(keys.signingKey(), Jwts.SIG.EdDSA)
                .compact();
        return new Issued(token, id, expiresAt);
    }

    /** The principal of a valid token; {@link InvalidTokenException} for anything else. */
    public Principal verify(String token) {
        Claims claims;
        try {
            claims = parser.parseSignedClaims(token).getPayload();
        } catch (JwtException | IllegalArgumentException e) {
            throw new InvalidTokenException(e.getClass().getSimpleName());
        }
        if (claims.getExpiration() == null || claims.getId() == null || claims.getSubject() == null) {
            throw new InvalidTokenException("missing exp, jti or sub");
        }
        try {
            String session = claims.get(SESSION, String.class);
            return new Principal(new Address(claims.getSubject()), Role.fromWireName(claims.get(ROLE, String.class)),
                    claims.getId(), claims.getExpiration().toInstant(),
                    session == null ? null : UUID.fromString(session));
        } catch (IllegalArgumentException | io.jsonwebtoken.RequiredTypeException e) {
            throw new InvalidTokenException("bad sub, role or sid");
        }
    }

    public Settings settings() {
        return settings;
    }

    /** The public keys that verify access tokens, as a JWK Set. */
    public Map<String, Object> jwks() {
        return keys.jwks();
    }

    /** Only EdDSA signatures by one of our keys, named by {@code kid}. */
    private final class KnownKeys extends LocatorAdapter<Key> {
        @Override
        protected Key locate(JwsHeader header) {
            if (!Jwts.SIG.EdDSA.getId().equals(header.getAlgorithm())) {
                throw new UnsupportedJwtException("only EdDSA access tokens are accepted");
            }
            return keys.verificationKey(header.getKeyId())
                    .orElseThrow(() -> new UnsupportedJwtException("unknown key id"));
        }

        @Override
        protected Key locate(JweHeader header) {
            throw new UnsupportedJwtException("encrypted tokens are not accepted");
        }
    }
}
