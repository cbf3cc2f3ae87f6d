package dev.stickerplatform.adapters.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stickerplatform.adapters.http.auth.Authentication;
import dev.stickerplatform.adapters.http.json.Json;
import dev.stickerplatform.adapters.http.metrics.MetricsRoutes;
import dev.stickerplatform.adapters.http.problem.JettyErrorHandler;
import dev.stickerplatform.adapters.http.problem.ProblemMapper;
import dev.stickerplatform.adapters.http.routes.ApiRoutes;
import dev.stickerplatform.adapters.http.server.Cors;
import dev.stickerplatform.adapters.http.server.JsonBodies;
import dev.stickerplatform.adapters.http.server.RateLimitGuard;
import dev.stickerplatform.adapters.http.server.RouteSpec;
import dev.stickerplatform.adapters.http.server.RouteTable;
import dev.stickerplatform.adapters.http.web.WebApp;
import dev.stickerplatform.domain.port.RateLimiter;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import io.javalin.micrometer.MicrometerPlugin;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The API server: Javalin on Jetty with virtual threads, the routes of {@link ApiRoutes} behind the rate limit
 * and the access policy, CORS for the configured origins, request size limits, and errors only ever as
 * problem+json from {@link ProblemMapper} (no stack traces, no exception texts).
 */
public final class HttpServer {
    private static final Logger LOG = LoggerFactory.getLogger(HttpServer.class);

    private final HttpConfig config;
    private final Javalin app;
    private final RouteTable routes;

    /** Access is checked by {@code auth}'s JWT policy: every state-changing route needs a valid token. */
    public HttpServer(UseCases useCases, HttpConfig config, Authentication auth, RateLimiter limiter,
                      RateLimits limits) {
        this(useCases, config, auth, limiter, limits, ServerOperations.defaults());
    }

    /** With the metrics, {@code /metrics} token and rate-limit fallback of {@code operations}. */
    public HttpServer(UseCases useCases, HttpConfig config, Authentication auth, RateLimiter limiter,
                      RateLimits limits, ServerOperations operations) {
        this(useCases, config, auth, limiter, limits, operations, Clock.systemUTC());
    }

    /** Like the above with the platform's {@code clock} (what views compare expiry against). */
    public HttpServer(UseCases useCases, HttpConfig config, Authentication auth, RateLimiter limiter,
                      RateLimits limits, ServerOperations operations, Clock clock) {
        this(useCases, config, auth, auth.policy(), limiter, limits, clock, operations);
    }

    /** With the default limits of {@link RateLimits#defaults()}. */
    public HttpServer(UseCases useCases, HttpConfig config, Authentication auth, RateLimiter limiter) {
        this(useCases, config, auth, limiter, RateLimits.defaults());
    }

    /** With another access policy than {@code auth}'s (tests that watch what the policy is asked). */
    HttpServer(UseCases useCases, HttpConfig config, Authentication auth, AccessPolicy policy, RateLimiter limiter,
               RateLimits limits, Clock clock) {
        this(useCases, config, auth, policy, limiter, limits, clock, ServerOperations.defaults());
    }

    HttpServer(UseCases useCases, HttpConfig config, Authentication auth, AccessPolicy policy, RateLimiter limiter,
               RateLimits limits, Clock clock, ServerOperations operations) {
        this.config = config;
        ObjectMapper json = Json.mapper();
        ProblemMapper problems = new ProblemMapper(json);
        this.app = Javalin.create(javalin -> {
            configure(javalin, json, problems);
            javalin.registerPlugin(new MicrometerPlugin(micrometer -> micrometer.registry =
                    operations.metrics().registry()));
        });
        Cors cors = new Cors(config.corsOrigins());
        app.before(ctx -> {
            RequestLogContext.begin(ctx);
            securityHeaders(ctx);
            cors.apply(ctx);
        });
        app.after(ctx -> RequestLogContext.end());
        app.exception(HttpResponseException.class, problems::handle);
        app.exception(Exception.class, problems::handle);
        var guard = new RateLimitGuard(limiter, limits, config.trustedProxy(), operations.rateLimitFallback(),
                policy::authenticatedWallet, operations.metrics());
        this.routes = new RouteTable(app, policy, guard, new JsonBodies(json), config.maxRequestBodyBytes(),
                operations.views());
        ApiRoutes.registerAll(routes, useCases, auth, config, json, clock);
        new MetricsRoutes(operations.metrics(), operations.metricsToken()).register(routes);
    }

    private void configure(JavalinConfig javalin, ObjectMapper json, ProblemMapper problems) {
        javalin.useVirtualThreads = true;
        javalin.showJavalinBanner = false;
        javalin.startupWatcherEnabled = false;
        javalin.http.maxRequestSize = config.maxRequestBodyBytes();
        javalin.http.defaultContentType = "application/json";
        javalin.jsonMapper(new JavalinJackson(json, true));
        WebApp.serve(javalin);
        javalin.jetty.modifyHttpConfiguration(http -> {
            http.setRequestHeaderSize(16 * 1024);
            http.setSendServerVersion(false);
            http.setSendXPoweredBy(false);
        });
        javalin.jetty.modifyServletContextHandler(context -> {
            context.setMaxFormContentSize((int) Math.min(Integer.MAX_VALUE, config.maxRequestBodyBytes()));
            context.setMaxFormKeys(100);
            context.setErrorHandler(new JettyErrorHandler());
        });
        javalin.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrorHandler()));
        javalin.pvt.javaLangErrorHandler((response, error) -> {
            LOG.error("fatal error while handling a request", error);
            response.setStatus(500);
            response.setContentType("application/problem+json");
            try {
                response.getOutputStream().write(JettyErrorHandler.body(500));
            } catch (IOException ignored) {
                // the client is gone; nothing more to tell it
            }
        });
        javalin.requestLogger.http((ctx, millis) -> LOG.debug("{} {} -> {} in {} ms (request {})", ctx.method(),
                ctx.handlerType() == HandlerType.BEFORE ? "(no route)" : ctx.endpointHandlerPath(), ctx.statusCode(),
                millis, RequestLogContext.requestId(ctx)));
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Cache-Control", "no-store");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
    }

    /** Binds and starts serving; returns the bound port (the actual one when the configured port is 0). */
    public int start() {
        app.start(config.host(), config.port());
        LOG.info("HTTP API listening on {}:{}", config.host(), app.port());
        return app.port();
    }

    public void stop() {
        app.stop();
    }

    /** Every route with its route class and declared access, as registered. */
    public List<RouteSpec> routes() {
        return routes.routes();
    }

    /** The endpoints Javalin actually serves ("METHOD path"), to check that none bypassed the route table. */
    List<String> servedEndpoints() {
        return app.unsafeConfig().pvt.internalRouter.allHttpHandlers().stream()
                .filter(e -> e.getEndpoint().getMethod().isHttpMethod())
                .map(e -> e.getEndpoint().getMethod().name() + " " + e.getEndpoint().getPath())
                .toList();
    }
}
