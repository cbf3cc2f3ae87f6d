package dev.stickerplatform.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.adapters.http.web.WebApp;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The web app as the server hands it out (the npm build runs before the tests): the page at {@code /} with a
 * strict policy, hashed assets cached for good and compressed, nothing but the build served, the API untouched.
 */
class WebAppServingTest {
    private final HttpClient client = HttpClient.newHttpClient();
    private HttpServer server;
    private String base;

    @BeforeEach
    void start() {
        assertThat(WebApp.built()).as("the web build ran (adapters-http's generate-resources)").isTrue();
        server = new HttpServer(TestPlatform.useCasesWithPortsDown(),
                HttpConfig.localDefaults().withCorsOrigins(List.of("https://app.example")),
                TestAuthentication.withPortsDown(), new CountingRateLimiter());
        base = "http://127.0.0.1:" + server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void theAppIsServedAtTheRootWithAStrictPolicy() throws Exception {
        HttpResponse<String> page = get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("<div id=\"app\">").doesNotContain("<script>").doesNotContain("src=\"http");
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("script-src 'self';", "frame-ancestors 'none'", "object-src 'none'",
                "base-uri 'none'").doesNotContain("unsafe-eval").doesNotContainPattern("script-src[^;]*unsafe-inline");
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(page.headers().firstValue("Cache-Control")).contains("no-cache");
    }

    @Test
    void hashedAssetsAreCachedForAYearAndCompressed() throws Exception {
        Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(get("/").body());
        assertThat(script.find()).isTrue();

        HttpResponse<byte[]> asset = client.send(HttpRequest.newBuilder(URI.create(base + script.group(1)))
                .header("Accept-Encoding", "gzip").GET().build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(asset.statusCode()).isEqualTo(200);
        assertThat(asset.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/javascript");
        assertThat(asset.headers().firstValue("Cache-Control")).contains("public, max-age=31536000, immutable");
        assertThat(asset.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(gunzip(asset.body())).contains("Sticker Platform");
    }

    @Test
    void onlyTheBuildIsServedAndTheApiKeepsItsPaths() throws Exception {
        assertThat(get("/WebApp.class").statusCode()).isEqualTo(404);
        assertThat(get("/dev/stickerplatform/adapters/http/openapi.json").statusCode()).isEqualTo(404);
        assertThat(get("/assets/../../openapi.json").statusCode()).isIn(400, 404); // Jetty refuses the dot segments
        HttpResponse<String> api = get("/openapi.json");
        assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(api.headers().firstValue("Cache-Control")).contains("no-store");
    }

    @Test
    void corsForTheApiIsUnchanged() throws Exception {
        HttpResponse<String> preflight = client.send(HttpRequest.newBuilder(URI.create(base + "/creator/register"))
                .header("Origin", "https://app.example").header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains("https://app.example");
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base + "/"))
                .header("Origin", "https://evil.example").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String gunzip(byte[] body) throws IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
