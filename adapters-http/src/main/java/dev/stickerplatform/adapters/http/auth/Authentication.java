package dev.stickerplatform.adapters.http.auth;

import dev.stickerplatform.adapters.http.AccessPolicy;
import dev.stickerplatform.application.auth.IssueChallengeService;
import dev.stickerplatform.application.auth.SessionService;
import dev.stickerplatform.application.auth.VerifySignInService;
import dev.stickerplatform.application.metrics.AuthMetrics;
import dev.stickerplatform.domain.model.Address;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the server needs to sign wallets in and check their tokens, built by bootstrap: the two sign-in use
 * cases, the token issuer/verifier, the wallets configured as admins, where refused tokens are counted, and the
 * sessions behind the tokens (null: tokens are neither refreshable nor revocable).
 */
public record Authentication(IssueChallengeService issueChallenge, VerifySignInService verifySignIn,
                             AccessTokens tokens, Set<Address> admins, AuthMetrics metrics, SessionService sessions) {
    public Authentication {
        Objects.requireNonNull(issueChallenge, "issueChallenge");
        Objects.requireNonNull(verifySignIn, "verifySignIn");
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(metrics, "metrics");
        admins = Set.copyOf(admins);
    }

    /** Without sessions: tokens are not refreshable nor revocable (adapter tests). */
    public Authentication(IssueChallengeService issueChallenge, VerifySignInService verifySignIn,
                          AccessTokens tokens, Set<Address> admins, AuthMetrics metrics) {
        this(issueChallenge, verifySignIn, tokens, admins, metrics, null);
    }

    /** Without metrics nor sessions. */
    public Authentication(IssueChallengeService issueChallenge, VerifySignInService verifySignIn,
                          AccessTokens tokens, Set<Address> admins) {
        this(issueChallenge, verifySignIn, tokens, admins, AuthMetrics.NONE);
    }

    /** The policy every state-changing route goes through: a valid token of the right wallet or role. */
    public AccessPolicy policy() {
        return new JwtAccessPolicy(tokens, admins, metrics, sessions);
    }
}
