package dev.stickerplatform.adapters.http.routing;

import dev.stickerplatform.adapters.http.RateLimits;
import dev.stickerplatform.adapters.http.problem.Problem;
import dev.stickerplatform.adapters.http.problem.ProblemException;
import dev.stickerplatform.adapters.http.problem.ProblemType;
import dev.stickerplatform.domain.port.RateLimiter;
import dev.stickerplatform.domain.port.RateLimiter.Decision;
import dev.stickerplatform.domain.port.RateLimiter.Policy;
import dev.stickerplatform.domain.port.RateLimiterUnavailableException;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts each request against its route class's limit, keyed by client IP and route class (never the path).
 * Answers carry the IETF {@code RateLimit-Policy} and {@code RateLimit} headers; a refused request is 429 with
 * {@code Retry-After}. If the limiter itself is down, reads go through (logged) and writes are refused with 503:
 * an outage must not open the expensive routes to floods.
 */
public final class RateLimitGuard {
    private static final Logger LOG = LoggerFactory.getLogger(RateLimitGuard.class);

    private final RateLimiter limiter;
    private final RateLimits limits;
    private final boolean trustedProxy;

    public RateLimitGuard(RateLimiter limiter, RateLimits limits, boolean trustedProxy) {
        this.limiter = limiter;
        this.limits = limits;
        this.trustedProxy = trustedProxy;
    }

    public void acquire(Context ctx, RouteClass routeClass) {
        Policy policy = routeClass.policy(limits);
        String client = ClientIp.of(ctx.req().getRemoteAddr(), ctx.header("X-Forwarded-For"), trustedProxy);
        Decision decision;
        try {
            decision = limiter.acquire("http:" + policy.name() + ":" + client, policy);
        } catch (RateLimiterUnavailableException e) {
            if (routeClass == RouteClass.READ) {
                LOG.warn("rate limiter unavailable, letting a read through: {}", e.toString());
                return;
            }
            throw e;
        }
        Map<String, String> headers = headers(policy, decision);
        headers.forEach(ctx::header);
        if (!decision.allowed()) {
            long retry = seconds(decision.retryAfter());
            headers.put("Retry-After", Long.toString(retry));
            throw new ProblemException(Problem.of(ProblemType.RATE_LIMITED, "Too many " + policy.name()
                    + " requests: at most " + policy.limit() + " per " + policy.window().toSeconds()
                    + " seconds. Try again in " + retry + " seconds."), headers);
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
