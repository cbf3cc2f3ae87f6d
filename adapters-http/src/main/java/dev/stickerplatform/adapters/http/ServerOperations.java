package dev.stickerplatform.adapters.http;

import dev.stickerplatform.adapters.http.metrics.PrometheusMetrics;
import dev.stickerplatform.adapters.http.server.ViewCache;
import java.util.Objects;

/**
 * The operational side of the server: its metrics (served on {@code GET /metrics}, with HTTP timings from
 * javalin-micrometer) and what rate limiting does while the shared limiter is down.
 *
 * @param metrics           the registry everything reports to
 * @param metricsToken      the bearer token {@code /metrics} asks for, or null to serve it to anyone
 * @param rateLimitFallback which route classes fall back to a local limiter when the shared one is down
 * @param views             how the public read views are kept between writes ({@link ViewCache})
 */
public record ServerOperations(PrometheusMetrics metrics, String metricsToken, RateLimitFallback rateLimitFallback,
                               ViewCache views) {
    public ServerOperations {
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(rateLimitFallback, "rateLimitFallback");
        Objects.requireNonNull(views, "views");
    }

    /** Without a view cache (ETags and 304 only). */
    public ServerOperations(PrometheusMetrics metrics, String metricsToken, RateLimitFallback rateLimitFallback) {
        this(metrics, metricsToken, rateLimitFallback, ViewCache.none());
    }

    /** Fresh metrics, an open {@code /metrics}, and reads let through if the limiter fails. */
    public static ServerOperations defaults() {
        return new ServerOperations(new PrometheusMetrics(), null, RateLimitFallback.readsPassThrough());
    }
}
