package dev.stickerplatform.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;

/**
 * The end-to-end test once more, then {@code GET /metrics}: the tips, the mints and the HTTP requests it made
 * are all counted, in the Prometheus text format.
 */
class MetricsAfterEndToEndTest extends TipToStickerEndToEndTest {

    /** Runs after the inherited test and before the platform stops. */
    @AfterEach
    void theFlowShowsInTheMetrics() throws Exception {
        HttpResponse<String> scraped = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(platform.baseUrl() + "/metrics")).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain; version=0.0.4");
        String page = scraped.body();
        assertThat(value(page, "sticker_tips_detected_total")).as("tips").isEqualTo(2);
        assertThat(value(page, "sticker_mint_latency_seconds_count")).as("mints").isEqualTo(2);
        assertThat(value(page, "sticker_delivery_latency_seconds_count")).as("deliveries").isEqualTo(2);
        assertThat(value(page, "jetty_server_requests_seconds_count\\{[^}]*method=\"POST\"[^}]*uri=\"/submit-group\"[^}]*}"))
                .as("HTTP requests").isPositive();
        assertThat(value(page, "mint_jobs\\{stage=\"delivered\"}")).as("jobs by stage").isEqualTo(2);
        assertThat(value(page, "listener_heartbeat_age_seconds")).isLessThan(5);
        assertThat(page).contains("jvm_memory_used_bytes").contains("listener_lag_rounds")
                .contains("chain_submit_errors_total").doesNotContain(" NaN\n");
    }

    private static double value(String page, String series) {
        Matcher m = Pattern.compile("(?m)^" + series + " ([0-9.eE+-]+)$").matcher(page);
        assertThat(m.find()).as(series + " in\n" + page).isTrue();
        return Double.parseDouble(m.group(1));
    }
}
