package dev.stickerplatform.bootstrap.wiring;

import dev.stickerplatform.adapters.http.auth.AccessTokens;
import dev.stickerplatform.adapters.http.auth.Authentication;
import dev.stickerplatform.adapters.http.auth.SigningKeys;
import dev.stickerplatform.adapters.persistence.redis.JedisChallengeStore;
import dev.stickerplatform.adapters.persistence.redis.RedisConnection;
import dev.stickerplatform.application.auth.IssueChallengeService;
import dev.stickerplatform.application.auth.SessionService;
import dev.stickerplatform.application.auth.SignInConfig;
import dev.stickerplatform.application.auth.VerifySignInService;
import dev.stickerplatform.application.metrics.AuthMetrics;
import dev.stickerplatform.bootstrap.config.AuthSettings;
import dev.stickerplatform.domain.port.ChallengeStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Wallet sign-in and access tokens, wired from the ports and {@link AuthSettings}. */
public final class AuthWiring {
    private static final Logger LOG = LoggerFactory.getLogger(AuthWiring.class);

    private AuthWiring() {
    }

    /**
     * Where sign-in nonces live: Redis when it is configured (shared by every process, expired by Redis itself,
     * consumed with one GETDEL), otherwise the persistence's own store (PostgreSQL or memory).
     */
    static ChallengeStore challengeStore(ChallengeStore persistence, RedisConnection redis) {
        return redis == null ? persistence : JedisChallengeStore.on(redis);
    }

    public static Authentication authentication(Services.Ports ports, ChallengeStore challenges, AuthSettings settings,
                                                AuthMetrics metrics) {
        return authentication(ports, challenges, settings, metrics, null);
    }

    /** @param sessions where sessions live (refresh tokens, revocation), or null for tokens without sessions */
    static Authentication authentication(Services.Ports ports, ChallengeStore challenges, AuthSettings settings,
                                         AuthMetrics metrics, SessionService sessions) {
        var signIn = SignInConfig.of(settings.domain(), settings.uri(), settings.admins());
        var keys = settings.signingKeys();
        var tokens = new AccessTokens(keys, AccessTokens.Settings.of(settings.issuer(), settings.audience()),
                ports.clock());
        if (settings.generatesKey()) {
            LOG.info("JWT signing key {} generated at start-up: tokens end with this process (set JWT_SIGNING_KEY to"
                    + " share keys between processes)", keys.currentId());
        }
        LOG.info("sign-in: domain={} uri={} issuer={} audience={} admins={}", settings.domain(), settings.uri(),
                settings.issuer(), settings.audience(), settings.admins().size());
        return new Authentication(
                new IssueChallengeService(challenges, ports.chain(), ports.randomness(), ports.clock(), signIn),
                new VerifySignInService(challenges, ports.chain(), ports.store(), ports.clock(), signIn,
                        SigningKeys.ed25519Provider(), metrics),
                tokens, settings.admins(), metrics, sessions);
    }
}
