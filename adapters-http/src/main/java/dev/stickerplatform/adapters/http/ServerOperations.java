package dev.stickerplatform.adapters.http;

import dev.stickerplatform.adapters.http.metrics.PrometheusMetrics;
import java.util.Objects;

/**
 * The operational side of the server: its metrics (served on {@code GET /metrics}, with HTTP timings from
 * javalin-micrometer) and what rate limiting does while the shared limiter is down.
 *
 * @param metrics           the registry everything reports to
 * @param metricsToken      the bearer token {@code /metrics} asks for, or null to serve it to anyone
 * @param rateLimitFallback which route classes fall back to a local limiter when the shared one is down
 */
public record ServerOperations(PrometheusMetrics metrics, String metricsToken, RateLimitFallback rateLimitFallback) {
    public ServerOperations {
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(rateLimitFallback, "rateLimitFallback");
    }

    /** Fresh metrics, an open {@code /metrics}, and reads let through if the limiter fails. */
    public static ServerOperations defaults() {
        return new ServerOperations(new PrometheusMetrics(), null, RateLimitFallback.readsPassThrough());
    }
}
