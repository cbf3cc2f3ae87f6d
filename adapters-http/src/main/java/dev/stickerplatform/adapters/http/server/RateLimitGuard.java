package dev.stickerplatform.adapters.http.server;

import dev.stickerplatform.adapters.http.RateLimitFallback;
import dev.stickerplatform.adapters.http.RateLimits;
import dev.stickerplatform.adapters.http.RequestLogContext;
import dev.stickerplatform.adapters.http.metrics.RateLimitMetrics;
import dev.stickerplatform.adapters.http.problem.Problem;
import dev.stickerplatform.adapters.http.problem.ProblemException;
import dev.stickerplatform.adapters.http.problem.ProblemType;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.port.RateLimiter;
import dev.stickerplatform.domain.port.RateLimiter.Decision;
import dev.stickerplatform.domain.port.RateLimiter.Policy;
import dev.stickerplatform.domain.port.RateLimiterUnavailableException;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts each request against its route class's limit, keyed by route class and client — the signed-in wallet
 * when the request carries a valid token, else the client IP — never by path. The route classes the platform pays
 * for ({@link RouteClass#spends()}) are counted under both keys: a signed-in request needs the budget of its wallet
 * and of its IP (behind a trusted proxy, the forwarded address). Answers carry the IETF
 * {@code RateLimit-Policy} and {@code RateLimit} headers; a refused request is 429 with {@code Retry-After}. If
 * the shared limiter is down, the {@link RateLimitFallback} decides: some route classes are counted locally, the
 * others are refused with 503 (logged at most every 10 seconds, and counted in the metrics).
 */
public final class RateLimitGuard {
    private static final Logger LOG = LoggerFactory.getLogger(RateLimitGuard.class);
    private static final long LOG_EVERY_NANOS = Duration.ofSeconds(10).toNanos();

    private final RateLimiter limiter;
    private final RateLimits limits;
    private final boolean trustedProxy;
    private final RateLimitFallback fallback;
    private final Function<Context, Optional<Address>> wallet;
    private final RateLimitMetrics metrics;
    private final AtomicLong lastOutageLog = new AtomicLong(System.nanoTime() - LOG_EVERY_NANOS);

    public RateLimitGuard(RateLimiter limiter, RateLimits limits, boolean trustedProxy) {
        this(limiter, limits, trustedProxy, RateLimitFallback.readsPassThrough(), ctx -> Optional.empty(),
                RateLimitMetrics.NONE);
    }

    /** @param wallet the wallet a request is authenticated as, if any (never throws) */
    public RateLimitGuard(RateLimiter limiter, RateLimits limits, boolean trustedProxy, RateLimitFallback fallback,
                          Function<Context, Optional<Address>> wallet, RateLimitMetrics metrics) {
        this.limiter = limiter;
        this.limits = limits;
        this.trustedProxy = trustedProxy;
        this.fallback = fallback;
        this.wallet = wallet;
        this.metrics = metrics;
    }

    public void acquire(Context ctx, RouteClass routeClass) {
        Policy policy = routeClass.policy(limits);
        String ip = "ip:" + ClientIp.of(ctx.req().getRemoteAddr(), ctx.header("X-Forwarded-For"), trustedProxy);
        Optional<String> signedIn = wallet(ctx);
        if (routeClass.spends() && signedIn.isPresent()) {
            // what the platform pays for is counted per client IP as well as per wallet: a fresh wallet (free to
            // make) never opens a fresh budget. The IP is counted first, so a refusal by it costs the wallet nothing.
            count(ctx, routeClass, policy, "http:" + policy.name() + ":" + ip, false);
            count(ctx, routeClass, policy, "http:" + policy.name() + ":" + signedIn.get(), true);
        } else {
            count(ctx, routeClass, policy, "http:" + policy.name() + ":" + signedIn.orElse(ip), true);
        }
    }

    private void count(Context ctx, RouteClass routeClass, Policy policy, String key, boolean last) {
        Decision decision;
        try {
            decision = limiter.acquire(key, policy);
        } catch (RateLimiterUnavailableException e) {
            decision = whileUnavailable(routeClass, policy, key, e);
            if (decision == null) {
                return;
            }
        }
        if (decision.allowed() && !last) {
            return;
        }
        Map<String, String> headers = headers(policy, decision);
        headers.forEach(ctx::header);
        if (!decision.allowed()) {
            metrics.rejected(policy.name());
            long retry = seconds(decision.retryAfter());
            headers.put("Retry-After", Long.toString(retry));
            throw new ProblemException(Problem.of(ProblemType.RATE_LIMITED, "Too many " + policy.name()
                    + " requests" + (key.contains(":ip:") ? " from this network address" : "") + ": at most "
                    + policy.limit() + " per " + policy.window().toSeconds() + " seconds. Try again in " + retry
                    + " seconds."), headers);
        }
    }

    /** The client a request counts for: {@code wallet:<address>} when signed in, else {@code ip:<address>}. */
    String client(Context ctx) {
        return wallet(ctx).orElseGet(() -> "ip:"
                + ClientIp.of(ctx.req().getRemoteAddr(), ctx.header("X-Forwarded-For"), trustedProxy));
    }

    private Optional<String> wallet(Context ctx) {
        try {
            Optional<Address> signedIn = wallet.apply(ctx);
            signedIn.ifPresent(address -> RequestLogContext.signedIn(address.value()));
            return signedIn.map(address -> "wallet:" + address.value());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The local decision, or null to let the request through uncounted; throws to refuse it with 503. */
    private Decision whileUnavailable(RouteClass routeClass, Policy policy, String key,
                                      RateLimiterUnavailableException e) {
        if (!fallback.fallsBack(routeClass)) {
            metrics.unavailable(policy.name());
            logOutage("refusing {} requests (503) while the shared rate limiter is down: {}", policy.name(), e);
            throw e;
        }
        if (fallback.local() == null) {
            metrics.unavailable(policy.name());
            logOutage("letting {} requests through uncounted while the shared rate limiter is down: {}",
                    policy.name(), e);
            return null;
        }
        metrics.fellBack(policy.name());
        logOutage("counting {} requests in this process while the shared rate limiter is down: {}", policy.name(),
                e);
        return fallback.local().acquire(key, policy);
    }

    private void logOutage(String message, String policy, RuntimeException e) {
        long last = lastOutageLog.get();
        long now = System.nanoTime();
        if (now - last >= LOG_EVERY_NANOS && lastOutageLog.compareAndSet(last, now)) {
            LOG.warn(message, policy, e.getMessage());
        }
    }

    static Map<String, String> headers(Policy policy, Decision decision) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("RateLimit-Policy", "\"" + policy.name() + "\";q=" + policy.limit() + ";w="
                + policy.window().toSeconds());
        headers.put("RateLimit", "\"" + policy.name() + "\";r=" + Math.max(0, decision.remaining()) + ";t="
                + seconds(decision.resetAfter()));
        return headers;
    }

    /** Whole seconds, rounded up, at least 1 (a client told "0" would retry at once). */
    static long seconds(Duration duration) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            return 1;
        }
        long seconds = duration.toSeconds();
        return duration.toNanosPart() > 0 || seconds == 0 ? seconds + 1 : seconds;
    }
}
