package dev.stickerplatform.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stickerplatform.adapters.http.RateLimits;
import dev.stickerplatform.adapters.persistence.redis.RedisConfig;
import dev.stickerplatform.bootstrap.wiring.Platform;
import dev.stickerplatform.bootstrap.config.PlatformConfig;
import dev.stickerplatform.bootstrap.support.TestRedis;
import dev.stickerplatform.domain.port.RateLimiter.Policy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

/**
 * Rate limits shared through Redis: two servers allow exactly the configured number of requests between them, the
 * limiter's keys expire with their window, and while Redis is down reads are counted locally and writes refused.
 */
class SharedRateLimitTest {
    private static final Duration WINDOW = Duration.ofSeconds(2);
    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void twoServersSharingOneRedisAllowExactlyTheLimitBetweenThem() throws Exception {
        RedisConfig redis = TestRedis.freshPrefix();
        PlatformConfig config = withRedis(redis);
        List<Integer> statuses = new ArrayList<>();
        try (Platform first = Platform.start(config); Platform second = Platform.start(config);
             RedisClient inspector = RedisClient.create(redis.url())) {
            for (int i = 0; i < 20; i++) {
                Platform server = i % 2 == 0 ? first : second;
                statuses.add(get(server, "/health/live").statusCode());
            }

            assertThat(statuses.stream().filter(s -> s == 200)).hasSize(7);
            assertThat(statuses.stream().filter(s -> s == 429)).hasSize(13);
            assertThat(inspector.keys(redis.keyPrefix() + "*")).isNotEmpty();

            Instant deadline = Instant.now().plus(WINDOW.multipliedBy(3));
            while (!inspector.keys(redis.keyPrefix() + "*").isEmpty() && Instant.now().isBefore(deadline)) {
                Thread.sleep(50);
            }
            assertThat(inspector.keys(redis.keyPrefix() + "*")).as("the limiter's keys expire with the window")
                    .isEmpty();
            assertThat(get(first, "/health/live").statusCode()).as("a new window").isEqualTo(200);
        }
    }

    @Test
    void whileRedisIsDownReadsAreCountedLocallyAndWritesRefused() throws Exception {
        PlatformConfig config = withRedis(RedisConfig.of("redis://127.0.0.1:1"));
        try (Platform platform = Platform.start(config)) {
            HttpResponse<String> read = get(platform, "/health/live");
            HttpResponse<String> write = client.send(HttpRequest.newBuilder(URI.create(platform.baseUrl() + "/submit"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> ready = get(platform, "/health/ready");

            assertThat(read.statusCode()).isEqualTo(200);
            assertThat(read.headers().firstValue("RateLimit")).hasValueSatisfying(
                    value -> assertThat(value).startsWith("\"reads\";r=6;"));
            assertThat(write.statusCode()).as(write.body()).isEqualTo(503);
            assertThat(ready.statusCode()).isEqualTo(503);
            JsonNode checks = new ObjectMapper().readTree(ready.body()).path("checks");
            assertThat(checks.path("redis").asText()).isEqualTo("unreachable");
            assertThat(platform.metrics().scrape()).contains("ratelimit_fallbacks_total{policy=\"reads\"}")
                    .contains("ratelimit_unavailable_total{policy=\"writes\"} 1");
        }
    }

    private static PlatformConfig withRedis(RedisConfig redis) {
        PlatformConfig config = PlatformConfig.embedded().withPort(0).withBlockTime(Duration.ofMillis(100));
        RateLimits defaults = RateLimits.defaults();
        RateLimits limits = new RateLimits(defaults.register(), defaults.faucet(), defaults.writes(),
                new Policy("reads", 7, WINDOW), defaults.auth());
        return config.withOperations(config.operations().withRedis(redis).withRateLimits(limits));
    }

    private HttpResponse<String> get(Platform platform, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(platform.baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
