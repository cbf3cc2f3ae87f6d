package dev.stickerplatform.adapters.http.auth;

import dev.stickerplatform.adapters.http.Access;
import dev.stickerplatform.adapters.http.AccessDeniedException;
import dev.stickerplatform.adapters.http.AccessPolicy;
import dev.stickerplatform.application.auth.Role;
import dev.stickerplatform.application.auth.SessionService;
import dev.stickerplatform.application.metrics.AuthMetrics;
import dev.stickerplatform.domain.model.Address;
import io.javalin.http.Context;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The access policy of the API: an {@code Authorization: Bearer} access token is required (401 when it is missing,
 * malformed, tampered, expired, not ours, or of a session that has ended); a wallet-scoped route needs the token of that very wallet and an admin
 * route the role {@code admin} of a wallet still configured as admin (403 otherwise). The principal is left on the
 * request as {@link #PRINCIPAL}, where the rate limiter's {@link #authenticatedWallet} lookup also leaves it, so a
 * token is verified once per request.
 */
public final class JwtAccessPolicy implements AccessPolicy {
    public static final String PRINCIPAL = "auth.principal";
    static final String SIGN_IN = "An access token is required: sign in with POST /auth/challenge and POST /auth/verify,"
            + " then send Authorization: Bearer <accessToken>.";
    static final String INVALID = "The access token is invalid or has expired; sign in again.";
    static final String OTHER_WALLET = "The access token is for another wallet.";
    static final String NOT_ADMIN = "This endpoint needs the admin role.";

    private final AccessTokens tokens;
    private final Set<Address> admins;
    private final AuthMetrics metrics;
    private final SessionService sessions;

    public JwtAccessPolicy(AccessTokens tokens, Set<Address> admins) {
        this(tokens, admins, AuthMetrics.NONE, null);
    }

    public JwtAccessPolicy(AccessTokens tokens, Set<Address> admins, AuthMetrics metrics) {
        this(tokens, admins, metrics, null);
    }

    /**
     * @param metrics  told {@code missing_token}, {@code invalid_token} or {@code forbidden} for every refusal
     * @param sessions when not null, a token must name a session that is still active (signed out, revoked or
     *                 ended by a rekey: 401)
     */
    public JwtAccessPolicy(AccessTokens tokens, Set<Address> admins, AuthMetrics metrics, SessionService sessions) {
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.admins = Set.copyOf(admins);
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.sessions = sessions;
    }

    @Override
    public void check(Context ctx, Access required) {
        AccessTokens.Principal principal = ctx.attribute(PRINCIPAL);
        if (principal == null) {
            try {
                principal = authenticate(ctx.header("Authorization"));
            } catch (AccessDeniedException e) {
                metrics.failure(e.getMessage().equals(INVALID) ? "invalid_token" : "missing_token");
                throw e;
            }
            ctx.attribute(PRINCIPAL, principal);
        }
        String refusal = switch (required) {
            case Access.Wallet wallet -> principal.wallet().equals(wallet.wallet()) ? null : OTHER_WALLET;
            case Access.Admin admin -> principal.role() == Role.ADMIN && admins.contains(principal.wallet()) ? null
                    : NOT_ADMIN;
        };
        if (refusal != null) {
            metrics.failure("forbidden");
            throw AccessDeniedException.forbidden(refusal);
        }
    }

    /** The wallet of a valid token (remembered for {@link #check} on the same request); never throws. */
    @Override
    public Optional<Address> authenticatedWallet(Context ctx) {
        try {
            AccessTokens.Principal principal = authenticate(ctx.header("Authorization"));
            ctx.attribute(PRINCIPAL, principal);
            return Optional.of(principal.wallet());
        } catch (AccessDeniedException | dev.stickerplatform.domain.port.StoreUnavailableException e) {
            return Optional.empty();
        }
    }

    private AccessTokens.Principal authenticate(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            throw AccessDeniedException.unauthenticated(SIGN_IN);
        }
        String[] parts = authorization.strip().split("\\s+", 2);
        if (parts.length != 2 || !parts[0].equalsIgnoreCase("Bearer")) {
            throw AccessDeniedException.unauthenticated(SIGN_IN);
        }
        AccessTokens.Principal principal;
        try {
            principal = tokens.verify(parts[1]);
        } catch (InvalidTokenException e) {
            throw AccessDeniedException.unauthenticated(INVALID);
        }
        if (sessions != null && (principal.sessionId() == null || !sessions.isActive(principal.sessionId()))) {
            throw AccessDeniedException.unauthenticated(INVALID);
        }
        return principal;
    }
}
