package dev.stickerplatform.adapters.http.auth;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stickerplatform.adapters.http.AccessDeniedException;
import dev.stickerplatform.adapters.http.problem.ProblemException;
import dev.stickerplatform.adapters.http.resources.ChallengeJson;
import dev.stickerplatform.adapters.http.resources.SessionsRevokedJson;
import dev.stickerplatform.adapters.http.resources.SignOutJson;
import dev.stickerplatform.adapters.http.resources.TokensJson;
import dev.stickerplatform.adapters.http.routes.RouteGroup;
import dev.stickerplatform.adapters.http.server.AccessRule;
import dev.stickerplatform.adapters.http.server.BodyLimit;
import dev.stickerplatform.adapters.http.server.Params;
import dev.stickerplatform.adapters.http.server.Params.Base64Form;
import dev.stickerplatform.adapters.http.server.RouteClass;
import dev.stickerplatform.adapters.http.server.RouteTable;
import dev.stickerplatform.application.auth.IssueChallengeService;
import dev.stickerplatform.application.auth.Role;
import dev.stickerplatform.application.auth.SessionService;
import dev.stickerplatform.application.auth.SignInProof;
import dev.stickerplatform.application.auth.VerifySignInService;
import dev.stickerplatform.domain.model.Address;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Signing in: {@code POST /auth/challenge} gives the message to sign, {@code POST /auth/verify} takes the wallet's
 * signature (the {@code signBytes} form, or ARC-60 with {@code scheme: "arc60"}) and answers a 15-minute access
 * token with a refresh token, and {@code GET /.well-known/jwks.json} publishes the keys that verify those tokens.
 * {@code POST /auth/refresh} trades a refresh token for new tokens (single use: the old one is used up),
 * {@code POST /auth/logout} ends a session, and {@code POST /auth/sessions/{wallet}/revoke-all} (the wallet) or
 * {@code POST /admin/sessions/{wallet}/revoke-all} (an admin) ends all of a wallet's sessions. Sign-in, refresh
 * and logout are open (they are how a token is obtained or given up) and count against the sign-in limit; a
 * refused sign-in or refresh is 401.
 */
public final class AuthRoutes implements RouteGroup {
    static final String OPEN = "signing in is how a caller obtains a token; the wallet's signature is checked instead";
    static final String REFRESH = "the refresh token in the body is the credential; it is checked instead";
    static final String LOGOUT = "signing out needs the session's refresh token or access token, checked by the"
            + " handler; it can only end the session they belong to";
    private static final int MAX_NONCE = 128;
    private static final int MAX_AUTHENTICATOR_DATA = 1024;

    private final Authentication auth;
    private final ObjectMapper json;

    public AuthRoutes(Authentication auth, ObjectMapper json) {
        this.auth = auth;
        this.json = json;
    }

    record ChallengeRequest(@JsonAlias("wallet_address") Address walletAddress) {
    }

    record RefreshRequest(@JsonAlias("refresh_token") String refreshToken) {
    }

    record VerifyRequest(@JsonAlias("wallet_address") Address walletAddress, String nonce, String signature,
                         String scheme, String data, @JsonAlias("authenticator_data") String authenticatorData) {
    }

    @Override
    public void register(RouteTable routes) {
        routes.post("/auth/challenge", ChallengeRequest.class, BodyLimit.SMALL_JSON, AccessRule.open(OPEN),
                RouteClass.AUTH, this::challenge);
        routes.post("/auth/verify", VerifyRequest.class, AccessRule.open(OPEN), RouteClass.AUTH, this::verify);
        // registered whatever the wiring, so the route catalog is the same everywhere (bootstrap always wires
        // sessions; without them, as in the adapter's own tests, these answer 404)
        routes.post("/auth/refresh", RefreshRequest.class, BodyLimit.SMALL_JSON, AccessRule.open(REFRESH),
                RouteClass.AUTH, (ctx, body) -> {
                    sessions();
                    refresh(ctx, body);
                });
        routes.post("/auth/logout", AccessRule.open(LOGOUT), RouteClass.AUTH, ctx -> {
            sessions();
            logout(ctx);
        });
        routes.post("/auth/sessions/{wallet}/revoke-all", AccessRule.walletInPath("wallet"), RouteClass.WRITE,
                ctx -> revokeAll(ctx, Params.wallet(ctx, "wallet")));
        routes.post("/admin/sessions/{wallet}/revoke-all", AccessRule.admin(), RouteClass.WRITE,
                ctx -> revokeAll(ctx, Params.wallet(ctx, "wallet")));
        routes.get("/.well-known/jwks.json", RouteClass.READ, ctx -> ctx.header("Cache-Control", "public, max-age=300")
                .json(auth.tokens().jwks()));
    }

    private void challenge(Context ctx, ChallengeRequest body) {
        if (body.walletAddress() == null) {
            throw ProblemException.invalid("walletAddress", "is required");
        }
        IssueChallengeService.Issued issued = auth.issueChallenge().issue(body.walletAddress());
        ctx.json(ChallengeJson.of(issued));
    }

    private void verify(Context ctx, VerifyRequest body) {
        if (body.walletAddress() == null) {
            throw ProblemException.invalid("walletAddress", "is required");
        }
        if (body.nonce() == null || body.nonce().isBlank() || body.nonce().length() > MAX_NONCE) {
            throw ProblemException.invalid("nonce", "is required (the nonce of POST /auth/challenge)");
        }
        var command = new VerifySignInService.Command(body.walletAddress(), body.nonce(), proof(body));
        switch (auth.verifySignIn().verify(command)) {
            case VerifySignInService.Result.SignedIn in -> {
                if (auth.sessions() == null) {
                    ctx.json(tokens(auth.tokens().issue(in.wallet(), in.role()), in.wallet(), in.role(), null));
                } else {
                    SessionService.Grant grant = auth.sessions().open(in.wallet(), in.role());
                    ctx.json(tokens(auth.tokens().issue(in.wallet(), in.role(), grant.sessionId()), in.wallet(),
                            in.role(), grant));
                }
            }
            case VerifySignInService.Result.Refused refused ->
                    throw AccessDeniedException.unauthenticated(refused.reason().detail());
        }
    }

    private SessionService sessions() {
        if (auth.sessions() == null) {
            throw ProblemException.notFound("Sessions are not enabled on this server.");
        }
        return auth.sessions();
    }

    /** The sign-in (or refresh) answer: an access token and, with sessions, the next refresh token. */
    private TokensJson tokens(AccessTokens.Issued token, Address wallet, Role role, SessionService.Grant grant) {
        return TokensJson.of(token.token(), auth.tokens().settings().lifetime(), wallet, role, grant);
    }

    private void refresh(Context ctx, RefreshRequest body) {
        if (body.refreshToken() == null || body.refreshToken().isBlank()) {
            throw ProblemException.invalid("refreshToken", "is required (the refreshToken of the last sign-in or"
                    + " refresh)");
        }
        switch (auth.sessions().refresh(body.refreshToken().strip())) {
            case SessionService.Refresh.Refreshed refreshed -> {
                SessionService.Grant grant = refreshed.grant();
                ctx.json(tokens(auth.tokens().issue(grant.wallet(), grant.role(), grant.sessionId()), grant.wallet(),
                        grant.role(), grant));
            }
            case SessionService.Refresh.Refused refused -> {
                auth.metrics().failure("refresh_" + refused.reason().name().toLowerCase(java.util.Locale.ROOT));
                throw AccessDeniedException.unauthenticated(refused.reason().detail());
            }
        }
    }

    /**
     * Signs out the session of the bearer access token and/or of the refresh token in the body. 200 whenever one of
     * them was presented; {@code signedOut} says whether a session was active and is now ended (false: it had
     * already ended, or the tokens were not valid).
     */
    private void logout(Context ctx) {
        RefreshRequest body = optionalBody(ctx);
        String authorization = ctx.header("Authorization");
        boolean presented = false;
        boolean ended = false;
        if (authorization != null && authorization.strip().regionMatches(true, 0, "Bearer ", 0, 7)) {
            presented = true;
            try {
                AccessTokens.Principal principal = auth.tokens().verify(authorization.strip().substring(7).strip());
                if (principal.sessionId() != null) {
                    ended = auth.sessions().revoke(principal.sessionId());
                }
            } catch (InvalidTokenException expiredOrForged) {
                // nothing to sign out with this token; the refresh token (if any) still is
            }
        }
        if (body != null && body.refreshToken() != null && !body.refreshToken().isBlank()) {
            presented = true;
            ended |= auth.sessions().revoke(body.refreshToken().strip());
        }
        if (!presented) {
            throw ProblemException.invalid("refreshToken", "is required unless an Authorization: Bearer access"
                    + " token is sent");
        }
        ctx.json(SignOutJson.of(ended));
    }

    /** Logout's body is optional (a bearer token alone will do): absent or {@code {}} reads as no refresh token. */
    private RefreshRequest optionalBody(Context ctx) {
        String text = ctx.body();
        if (text == null || text.isBlank()) {
            return null;
        }
        JsonNode node = jsonObject(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), "body",
                "a JSON object with an optional refreshToken");
        JsonNode token = node.has("refreshToken") ? node.get("refreshToken") : node.get("refresh_token");
        if (token != null && !token.isNull() && !token.isTextual()) {
            throw ProblemException.invalid("refreshToken", "must be a string");
        }
        return new RefreshRequest(token == null || token.isNull() ? null : token.textValue());
    }

    private void revokeAll(Context ctx, Address wallet) {
        ctx.json(SessionsRevokedJson.of(wallet, sessions().revokeAll(wallet)));
    }

    private SignInProof proof(VerifyRequest body) {
        byte[] signature = Params.signature("signature", body.signature(), Base64Form.STANDARD_OR_URL_SAFE);
        if (body.scheme() == null || body.scheme().equalsIgnoreCase("signBytes")) {
            return new SignInProof.SignBytes(signature);
        }
        if (!body.scheme().equalsIgnoreCase("arc60")) {
            throw ProblemException.invalid("scheme", "must be arc60, or absent for the signBytes form");
        }
        byte[] authenticatorData = base64("authenticatorData", body.authenticatorData(),
                "base64 of the ARC-60 authenticator data");
        if (authenticatorData.length < 32 || authenticatorData.length > MAX_AUTHENTICATOR_DATA) {
            throw ProblemException.invalid("authenticatorData", "must be 32 to " + MAX_AUTHENTICATOR_DATA + " bytes");
        }
        JsonNode data = jsonObject(base64("data", body.data(), "base64 of the signed JSON"));
        Map<String, String> fields = new LinkedHashMap<>();
        data.fields().forEachRemaining(member -> {
            if (member.getValue().isTextual()) {
                fields.put(member.getKey(), member.getValue().textValue());
            }
        });
        try {
            return new SignInProof.Arc60(CanonicalJson.bytes(data), fields, authenticatorData, signature);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("data", "may hold integers up to 2^53 but no other numbers");
        }
    }

    private JsonNode jsonObject(byte[] bytes) {
        return jsonObject(bytes, "data", "base64 of a JSON object (the CAIP-122 sign-in request)");
    }

    private JsonNode jsonObject(byte[] bytes, String field, String what) {
        try {
            JsonNode node = json.readTree(bytes);
            if (node != null && node.isObject()) {
                return node;
            }
        } catch (java.io.IOException e) {
            // answered below: the field is named, the parser's text is not shown
        }
        throw ProblemException.invalid(field, "must be " + what);
    }

    /** A sign-in field in base64: wallets differ in the alphabet, so URL-safe base64 is accepted too. */
    private static byte[] base64(String field, String value, String what) {
        return Params.base64(field, value, Base64Form.STANDARD_OR_URL_SAFE, what);
    }
}
