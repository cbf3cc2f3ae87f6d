package dev.stickerplatform.adapters.http.metrics;

import dev.stickerplatform.adapters.http.AccessDeniedException;
import dev.stickerplatform.adapters.http.server.RouteClass;
import dev.stickerplatform.adapters.http.server.RouteTable;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * {@code GET /metrics} in the Prometheus text format. With a token configured, only a scraper that sends
 * {@code Authorization: Bearer <token>} gets an answer (business volumes are nobody else's business).
 */
public final class MetricsRoutes {
    private final PrometheusMetrics metrics;
    private final byte[] token;

    /** @param token the bearer token scrapers must send, or null to serve anyone who can reach the port */
    public MetricsRoutes(PrometheusMetrics metrics, String token) {
        this.metrics = metrics;
        this.token = token == null || token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    public void register(RouteTable routes) {
        routes.get("/metrics", RouteClass.READ, this::scrape);
    }

    private void scrape(Context ctx) {
        if (token != null) {
            String header = ctx.header("Authorization");
            byte[] presented = header != null && header.startsWith("Bearer ")
                    ? header.substring(7).strip().getBytes(StandardCharsets.UTF_8) : new byte[0];
            if (!MessageDigest.isEqual(presented, token)) {
                throw AccessDeniedException.unauthenticated("Metrics need the scraper's bearer token.");
            }
        }
        ctx.contentType(PrometheusMetrics.CONTENT_TYPE).result(metrics.scrape());
    }
}
