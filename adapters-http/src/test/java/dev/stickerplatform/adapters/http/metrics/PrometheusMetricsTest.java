package dev.stickerplatform.adapters.http.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.application.listener.ListenerStatus;
import dev.stickerplatform.domain.model.JobStage;
import dev.stickerplatform.domain.port.StoreUnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What each report turns into on the Prometheus page. */
class PrometheusMetricsTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private final PrometheusMetrics metrics = new PrometheusMetrics();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @AfterEach
    void close() {
        metrics.close();
    }

    @Test
    void pipelineProgressIsCountedAndTimed() {
        metrics.tipsDetected(3);
        metrics.minted(Duration.ofSeconds(4));
        metrics.delivered(Duration.ofSeconds(9));

        assertThat(metrics.scrape()).contains("sticker_tips_detected_total 3")
                .contains("sticker_mint_latency_seconds_count 1").contains("sticker_mint_latency_seconds_sum 4")
                .contains("sticker_delivery_latency_seconds_bucket{le=\"10.0\"} 1");
    }

    @Test
    void failuresAreCountedByReason() {
        metrics.submitFailed("platform", "rejected");
        metrics.submitFailed("platform", "rejected");
        metrics.failure("bad_signature");

        assertThat(metrics.scrape())
                .contains("chain_submit_errors_total{reason=\"rejected\",source=\"platform\"} 2")
                .contains("auth_failures_total{reason=\"bad_signature\"} 1");
    }

    @Test
    void theListenerIsReadAtScrapeTime() {
        var status = new AtomicReference<>(new ListenerStatus(true, true, 90, 100, NOW.minusSeconds(12), 2, 1, null));
        metrics.bindListener(status::get, clock);

        assertThat(metrics.scrape()).contains("listener_lag_rounds 10").contains("listener_heartbeat_age_seconds 12")
                .contains("listener_restarts_total 1").contains("listener_running 1");

        status.set(new ListenerStatus(true, true, 100, 100, NOW, 2, 1, null));
        assertThat(metrics.scrape()).contains("listener_lag_rounds 0").contains("listener_heartbeat_age_seconds 0");
    }

    @Test
    void jobsByStageAreReadOncePerScrapeAndAnOutageIsNaN() {
        AtomicInteger reads = new AtomicInteger();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        metrics.bindJobs(() -> {
            reads.incrementAndGet();
            if (failure.get() != null) {
                throw failure.get();
            }
            return Map.of(JobStage.QUEUED, 4L, JobStage.DELIVERED, 7L);
        }, () -> 2L, Duration.ofSeconds(5), clock);

        String page = metrics.scrape();

        assertThat(page).contains("mint_jobs{stage=\"queued\"} 4").contains("mint_jobs{stage=\"delivered\"} 7")
                .contains("mint_jobs{stage=\"minted\"} 0").contains("mint_jobs_dead 2");
        assertThat(reads).hasValue(1);

        var down = new PrometheusMetrics();
        down.bindJobs(() -> {
            throw new StoreUnavailableException("down");
        }, () -> 0L, Duration.ofSeconds(5), clock);
        assertThat(down.scrape()).contains("mint_jobs{stage=\"queued\"} NaN");
        down.close();
    }

    @Test
    void poolsAreReportedByState() {
        metrics.bindPool("redis", () -> new PoolStats(2, 6, 0));

        assertThat(metrics.scrape()).contains("pool_connections{pool=\"redis\",state=\"active\"} 2")
                .contains("pool_connections{pool=\"redis\",state=\"idle\"} 6");
    }
}
