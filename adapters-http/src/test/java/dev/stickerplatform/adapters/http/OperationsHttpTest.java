package dev.stickerplatform.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.adapters.http.auth.Authentication;
import dev.stickerplatform.adapters.http.metrics.PrometheusMetrics;
import dev.stickerplatform.adapters.http.server.RouteClass;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.port.RateLimiter;
import dev.stickerplatform.domain.port.RateLimiter.Policy;
import dev.stickerplatform.domain.port.RateLimiterUnavailableException;
import io.javalin.http.Context;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The server's operational side: rate limiting while the shared limiter is down (reads counted locally, the rest
 * refused), limits per signed-in wallet, and {@code /metrics} with what the guard counted.
 */
class OperationsHttpTest {
    static final Address WALLET = Address.fromPublicKey(new byte[32]);
    private static final RateLimiter DOWN = (key, policy) -> {
        throw new RateLimiterUnavailableException("redis down (test)");
    };
    private final HttpClient client = HttpClient.newHttpClient();
    private final Authentication auth = TestAuthentication.withPortsDown();
    private final PrometheusMetrics metrics = new PrometheusMetrics();
    private final CountingRateLimiter local = new CountingRateLimiter();
    private RateLimits limits = limitsWithReads(100);
    private HttpServer server;
    private String base;

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void readsAreCountedLocallyWhileTheSharedLimiterIsDown() throws Exception {
        limits = limitsWithReads(2);
        start(DOWN, auth.policy(), null);

        assertThat(get("/health/live").statusCode()).isEqualTo(200);
        HttpResponse<String> second = get("/health/live");
        HttpResponse<String> third = get("/health/live");

        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.headers().firstValue("RateLimit")).contains("\"reads\";r=0;t=60");
        assertThat(third.statusCode()).isEqualTo(429);
        assertThat(local.counts).containsKey("http:reads:ip:127.0.0.1");
        assertThat(metrics.scrape()).contains("ratelimit_fallbacks_total{policy=\"reads\"} 3")
                .contains("ratelimit_rejections_total{policy=\"reads\"} 1");
    }

    @Test
    void writesFailClosedWhileTheSharedLimiterIsDown() throws Exception {
        start(DOWN, auth.policy(), null);

        HttpResponse<String> refused = send(HttpRequest.newBuilder(uri("/submit"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.body()).doesNotContain("redis down");
        assertThat(local.counts).isEmpty();
        assertThat(metrics.scrape()).contains("ratelimit_unavailable_total{policy=\"writes\"} 1");
    }

    @Test
    void aSignedInWalletIsCountedAsItselfNotByItsAddress() throws Exception {
        AccessPolicy signedIn = new AccessPolicy() {
            @Override
            public void check(Context ctx, Access required) {
            }

            @Override
            public Optional<Address> authenticatedWallet(Context ctx) {
                return Optional.of(WALLET);
            }
        };
        start(local, signedIn, null);

        get("/health/live");

        assertThat(local.counts).containsOnlyKeys("http:reads:wallet:" + WALLET.value());
    }

    @Test
    void metricsAreServedInThePrometheusTextFormat() throws Exception {
        start(local, auth.policy(), null);
        get("/health/live");

        HttpResponse<String> scraped = get("/metrics");

        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.headers().firstValue("Content-Type")).contains(PrometheusMetrics.CONTENT_TYPE);
        assertThat(scraped.body()).contains("jvm_memory_used_bytes").contains("process_uptime_seconds")
                .containsPattern("jetty_server_requests_seconds_count\\{[^}]*uri=\"/health/live\"[^}]*} 1\\b");
    }

    @Test
    void metricsNeedTheScrapersTokenWhenOneIsSet() throws Exception {
        start(local, auth.policy(), "scrape-secret");

        HttpResponse<String> anonymous = get("/metrics");
        HttpResponse<String> wrong = send(HttpRequest.newBuilder(uri("/metrics")).header("Authorization",
                "Bearer guess").GET());
        HttpResponse<String> scraper = send(HttpRequest.newBuilder(uri("/metrics")).header("Authorization",
                "Bearer scrape-secret").GET());

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(scraper.statusCode()).isEqualTo(200);
    }

    private static RateLimits limitsWithReads(int reads) {
        return new RateLimits(new Policy("register", 2, Duration.ofHours(1)),
                new Policy("faucet", 3, Duration.ofMinutes(1)), new Policy("writes", 100, Duration.ofMinutes(1)),
                new Policy("reads", reads, Duration.ofMinutes(1)));
    }

    private void start(RateLimiter shared, AccessPolicy policy, String metricsToken) {
        var operations = new ServerOperations(metrics, metricsToken,
                new RateLimitFallback(local, Set.of(RouteClass.READ)));
        server = new HttpServer(TestPlatform.useCasesWithPortsDown(), HttpConfig.localDefaults(), auth, policy,
                shared, limits, Clock.systemUTC(), operations);
        base = "http://127.0.0.1:" + server.start();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }
}
