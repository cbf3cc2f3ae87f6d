/**
 * Metrics: {@link dev.stickerplatform.adapters.http.metrics.PrometheusMetrics} (Micrometer with a Prometheus
 * registry) implements what the use cases and the HTTP layer report and is served on {@code GET /metrics}.
 *
 * <p><b>Internal</b>: not part of the embedding API; may change without notice.
 */
package dev.stickerplatform.adapters.http.metrics;
