package dev.stickerplatform.adapters.http.server;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Set;

/**
 * CORS for the configured origins only (exact match; {@code "*"} for any). No credentials are allowed: the API
 * authenticates with bearer tokens, never cookies. Preflight requests are answered here and go no further.
 */
public final class Cors {
    static final String ALLOWED_METHODS = "GET, POST, DELETE, OPTIONS";
    static final String ALLOWED_HEADERS = "Authorization, Content-Type";
    static final String EXPOSED_HEADERS = "RateLimit, RateLimit-Policy, Retry-After, Location";

    private final Set<String> origins;
    private final boolean anyOrigin;

    public Cors(List<String> origins) {
        this.origins = Set.copyOf(origins);
        this.anyOrigin = origins.contains("*");
    }

    /** A before-handler: adds the CORS headers for allowed origins and ends preflight requests with 204. */
    public void apply(Context ctx) {
        String origin = ctx.header("Origin");
        boolean allowed = origin != null && (anyOrigin || origins.contains(origin));
        if (allowed) {
            ctx.header("Access-Control-Allow-Origin", anyOrigin ? "*" : origin);
            ctx.header("Vary", "Origin");
            ctx.header("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        }
        if (ctx.method() == HandlerType.OPTIONS && ctx.header("Access-Control-Request-Method") != null) {
            if (allowed) {
                ctx.header("Access-Control-Allow-Methods", ALLOWED_METHODS);
                ctx.header("Access-Control-Allow-Headers", ALLOWED_HEADERS);
                ctx.header("Access-Control-Max-Age", "600");
            }
            ctx.status(204);
            ctx.skipRemainingHandlers();
        }
    }
}
