package dev.stickerplatform.adapters.http.server;

import dev.stickerplatform.adapters.http.Access;
import dev.stickerplatform.adapters.http.AccessPolicy;
import dev.stickerplatform.adapters.http.problem.ProblemException;
import dev.stickerplatform.adapters.http.problem.ProblemType;
import dev.stickerplatform.domain.model.Address;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;

/**
 * The only way routes are added to the server. Each registration names the route class (rate limit) and, for
 * anything but a public read, the {@link AccessRule}; every request then runs, in this order: rate limit → body
 * size → (JSON body) → access policy → handler. Nothing can reach a state-changing handler without the policy
 * having been asked, unless the route was explicitly declared {@link AccessRule.Open} with a reason. Every route
 * has a body limit ({@link BodyLimit}): routes that read no body accept {@link BodyLimit#NONE}, JSON routes the
 * server's default unless they declare their own, uploads what they declare.
 */
public final class RouteTable {
    private static final AccessRule<Void> PUBLIC_READ = AccessRule.open("read-only");

    private final Javalin app;
    private final AccessPolicy policy;
    private final RateLimitGuard rateLimits;
    private final JsonBodies bodies;
    private final long maxJsonBytes;  // JSON routes that declare no limit of their own
    private final List<RouteSpec> routes = new ArrayList<>();
    private final ViewCache views;

    public RouteTable(Javalin app, AccessPolicy policy, RateLimitGuard rateLimits, JsonBodies bodies,
                      long maxJsonBytes) {
        this(app, policy, rateLimits, bodies, maxJsonBytes, ViewCache.none());
    }

    /** With the public read views answered through {@code views} (kept while nothing was written, ETag, 304). */
    public RouteTable(Javalin app, AccessPolicy policy, RateLimitGuard rateLimits, JsonBodies bodies,
                      long maxJsonBytes, ViewCache views) {
        this.views = views;
        this.app = app;
        this.policy = policy;
        this.rateLimits = rateLimits;
        this.bodies = bodies;
        this.maxJsonBytes = maxJsonBytes;
    }

    /** A public, read-only route. */
    public void get(String path, RouteClass routeClass, Handler handler) {
        add(HandlerType.GET, path, PUBLIC_READ, routeClass, BodyLimit.NONE, handler);
    }

    /**
     * A public, read-only view: like {@link #get(String, RouteClass, Handler)}, answered through the
     * {@link ViewCache} (kept while nothing was written, ETag and 304 Not Modified).
     */
    public void view(String path, RouteClass routeClass, Handler handler) {
        add(HandlerType.GET, path, PUBLIC_READ, routeClass, BodyLimit.NONE, ctx -> views.serve(ctx, handler));
    }

    /** A read-only route restricted by {@code access} (e.g. admin listings). */
    public void get(String path, AccessRule<Void> access, RouteClass routeClass, Handler handler) {
        add(HandlerType.GET, path, access, routeClass, BodyLimit.NONE, handler);
    }

    /** A POST whose input is in the path (no JSON body is read). */
    public void post(String path, AccessRule<Void> access, RouteClass routeClass, Handler handler) {
        add(HandlerType.POST, path, access, routeClass, BodyLimit.NONE, handler);
    }

    /** A POST with a JSON body of type {@code bodyType} up to the server's default JSON limit. */
    public <B> void post(String path, Class<B> bodyType, AccessRule<B> access, RouteClass routeClass,
                         BodyHandler<B> handler) {
        post(path, bodyType, maxJsonBytes, access, routeClass, handler);
    }

    /**
     * A POST with a JSON body of type {@code bodyType} of at most {@code maxBytes}; the body is parsed before the
     * access check.
     */
    public <B> void post(String path, Class<B> bodyType, long maxBytes, AccessRule<B> access, RouteClass routeClass,
                         BodyHandler<B> handler) {
        register(HandlerType.POST, path, access, routeClass, maxBytes, ctx -> {
            guard(ctx, routeClass, maxBytes);
            B body = bodies.read(ctx, bodyType, maxBytes);
            check(ctx, access, body);
            handler.handle(ctx, body);
        });
    }

    /** A multipart POST whose body may be up to {@code maxBytes} (the handler streams it with that limit). */
    public void upload(String path, AccessRule<Void> access, RouteClass routeClass, long maxBytes, Handler handler) {
        add(HandlerType.POST, path, access, routeClass, maxBytes, handler);
    }

    public void delete(String path, AccessRule<Void> access, RouteClass routeClass, Handler handler) {
        add(HandlerType.DELETE, path, access, routeClass, BodyLimit.NONE, handler);
    }

    /** Every route registered so far, in registration order. */
    public List<RouteSpec> routes() {
        return List.copyOf(routes);
    }

    private void add(HandlerType method, String path, AccessRule<Void> access, RouteClass routeClass, long maxBytes,
                     Handler handler) {
        if (access instanceof AccessRule.WalletInBody<Void>) {
            throw new IllegalArgumentException(path + ": a wallet in the body needs a route with a JSON body");
        }
        register(method, path, access, routeClass, maxBytes, ctx -> {
            guard(ctx, routeClass, maxBytes);
            check(ctx, access, null);
            handler.handle(ctx);
        });
    }

    private void register(HandlerType method, String path, AccessRule<?> access, RouteClass routeClass,
                          long maxBytes, Handler guarded) {
        routes.add(new RouteSpec(method.name(), path, routeClass, access.describe(), maxBytes));
        app.addEndpoint(new io.javalin.router.Endpoint(method, path, guarded));
    }

    private void guard(Context ctx, RouteClass routeClass, long maxBytes) {
        rateLimits.acquire(ctx, routeClass);
        if (ctx.req().getContentLengthLong() > maxBytes) {
            throw JsonBodies.tooLarge(maxBytes);
        }
    }

    private <B> void check(Context ctx, AccessRule<B> access, B body) {
        switch (access) {
            case AccessRule.Open<B> open -> {
            }
            case AccessRule.Admin<B> admin -> policy.check(ctx, Access.admin());
            case AccessRule.WalletInPath<B> path -> policy.check(ctx, Access.wallet(Params.wallet(ctx, path.param())));
            case AccessRule.WalletInBody<B> inBody -> {
                Address wallet = inBody.wallet().apply(body);
                if (wallet == null) {
                    throw ProblemException.invalid(inBody.field(), "is required");
                }
                policy.check(ctx, Access.wallet(wallet));
            }
        }
    }
}
