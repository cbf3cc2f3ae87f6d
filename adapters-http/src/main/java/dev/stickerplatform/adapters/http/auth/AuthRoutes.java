package dev.stickerplatform.adapters.http.auth;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stickerplatform.adapters.http.AccessDeniedException;
import dev.stickerplatform.adapters.http.problem.ProblemException;
import dev.stickerplatform.adapters.http.routes.RouteGroup;
import dev.stickerplatform.adapters.http.routing.AccessRule;
import dev.stickerplatform.adapters.http.routing.BodyLimit;
import dev.stickerplatform.adapters.http.routing.RouteClass;
import dev.stickerplatform.adapters.http.routing.RouteTable;
import dev.stickerplatform.application.auth.IssueChallengeService;
import dev.stickerplatform.application.auth.SignInProof;
import dev.stickerplatform.application.auth.VerifySignInService;
import dev.stickerplatform.domain.model.Address;
import io.javalin.http.Context;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Signing in: {@code POST /auth/challenge} gives the message to sign, {@code POST /auth/verify} takes the wallet's
 * signature (the {@code signBytes} form, or ARC-60 with {@code scheme: "arc60"}) and answers a 15-minute access
 * token, and {@code GET /.well-known/jwks.json} publishes the keys that verify those tokens. The first two are open
 * (they are how a token is obtained) and count against the sign-in limit; a refused sign-in is 401.
 */
public final class AuthRoutes implements RouteGroup {
    static final String OPEN = "signing in is how a caller obtains a token; the wallet's signature is checked instead";
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

    record VerifyRequest(@JsonAlias("wallet_address") Address walletAddress, String nonce, String signature,
                         String scheme, String data, @JsonAlias("authenticator_data") String authenticatorData) {
    }

    @Override
    public void register(RouteTable routes) {
        routes.post("/auth/challenge", ChallengeRequest.class, BodyLimit.SMALL_JSON, AccessRule.open(OPEN),
                RouteClass.AUTH, this::challenge);
        routes.post("/auth/verify", VerifyRequest.class, AccessRule.open(OPEN), RouteClass.AUTH, this::verify);
        routes.get("/.well-known/jwks.json", RouteClass.READ, ctx -> ctx.header("Cache-Control", "public, max-age=300")
                .json(auth.tokens().jwks()));
    }

    private void challenge(Context ctx, ChallengeRequest body) {
        if (body.walletAddress() == null) {
            throw ProblemException.invalid("walletAddress", "is required");
        }
        IssueChallengeService.Issued issued = auth.issueChallenge().issue(body.walletAddress());
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("walletAddress", issued.challenge().wallet().value());
        reply.put("nonce", issued.challenge().nonce());
        reply.put("message", issued.challenge().message());
        reply.put("issuedAt", issued.challenge().issuedAt());
        reply.put("expiresAt", issued.challenge().expiresAt());
        reply.put("domain", issued.message().domain());
        reply.put("uri", issued.message().uri());
        reply.put("chainId", issued.message().chainId());
        ctx.json(reply);
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
                AccessTokens.Issued token = auth.tokens().issue(in.wallet(), in.role());
                Map<String, Object> reply = new LinkedHashMap<>();
                reply.put("accessToken", token.token());
                reply.put("tokenType", "Bearer");
                reply.put("expiresInSeconds", auth.tokens().settings().lifetime().toSeconds());
                reply.put("walletAddress", in.wallet().value());
                reply.put("role", in.role().wireName());
                ctx.json(reply);
            }
            case VerifySignInService.Result.Refused refused ->
                    throw AccessDeniedException.unauthenticated(refused.reason().detail());
        }
    }

    private SignInProof proof(VerifyRequest body) {
        byte[] signature = base64("signature", body.signature(), "base64 of the 64-byte Ed25519 signature");
        if (signature.length != 64) {
            throw ProblemException.invalid("signature", "must be base64 of the 64-byte Ed25519 signature");
        }
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
        try {
            JsonNode node = json.readTree(bytes);
            if (node != null && node.isObject()) {
                return node;
            }
        } catch (java.io.IOException e) {
            // answered below: the field is named, the parser's text is not shown
        }
        throw ProblemException.invalid("data", "must be base64 of a JSON object (the CAIP-122 sign-in request)");
    }

    private static byte[] base64(String field, String value, String what) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(field, "is required (" + what + ")");
        }
        try {
            return Base64.getDecoder().decode(value.strip());
        } catch (IllegalArgumentException notStandard) {
            try {
                return Base64.getUrlDecoder().decode(value.strip());
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid(field, "must be " + what);
            }
        }
    }
}
