package dev.stickerplatform.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stickerplatform.adapters.http.auth.Authentication;
import dev.stickerplatform.application.auth.Role;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.port.RateLimiter.Policy;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The server's own behaviour around the use cases, with every port down: input is refused before a use case
 * runs (400/404/413/415), access is checked, limits apply, and dependency outages read as 503 problems.
 */
class HttpServerTest {
    static final String WALLET = dev.stickerplatform.domain.model.Address.fromPublicKey(new byte[32]).value();
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient client = HttpClient.newHttpClient();
    private final CountingRateLimiter limiter = new CountingRateLimiter();
    private final Authentication auth = TestAuthentication.withPortsDown();
    private final String fanToken = TestAuthentication.bearer(auth, new Address(WALLET), Role.FAN);
    private HttpServer server;
    private String base;

    @BeforeEach
    void start() {
        var limits = new RateLimits(new Policy("register", 2, Duration.ofHours(1)), new Policy("faucet", 3,
                Duration.ofMinutes(1)), new Policy("writes", 1000, Duration.ofMinutes(1)),
                new Policy("reads", 1000, Duration.ofMinutes(1)));
        server = new HttpServer(TestPlatform.useCasesWithPortsDown(),
                HttpConfig.localDefaults().withCorsOrigins(List.of("https://app.example")), auth, limiter, limits);
        base = "http://127.0.0.1:" + server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void unknownRoutesAreProblem404s() throws Exception {
        var response = send(HttpRequest.newBuilder(uri("/no/such/route")).GET());
        assertProblem(response, 404, "not-found");
    }

    @Test
    void adminRoutesNeedATokenWithTheAdminRole() throws Exception {
        for (var request : List.of(HttpRequest.newBuilder(uri("/admin/jobs?state=DEAD")).GET(),
                post("/admin/jobs/3f1c2d4e-0000-4000-8000-000000000000/retry", ""),
                post("/nft/mint/soulbound", "{}"), post("/nft/mint/golden", "{}"), post("/nft/transfer", "{}"))) {
            var response = send(request);
            assertProblem(response, 401, "unauthenticated");
            assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer");
            assertProblem(send(request.header("Authorization", fanToken)), 403, "forbidden");
        }
        var asAdmin = HttpRequest.newBuilder(uri("/nft/transfer")).header("Content-Type", "application/json")
                .header("Authorization", TestAuthentication.bearer(auth, TestAuthentication.ADMIN, Role.ADMIN))
                .POST(HttpRequest.BodyPublishers.ofString("{}"));
        assertProblem(send(asAdmin), 501, "not-implemented");
    }

    @Test
    void malformedJsonIs400() throws Exception {
        assertProblem(send(post("/submit", "{\"signedTxn\": ")), 400, "malformed-json");
        assertProblem(send(post("/submit", "{\"signedTxn\":\"a\",\"signedTxn\":\"b\"}")), 400, "malformed-json");
    }

    @Test
    void wrongTypesNameTheField() throws Exception {
        var response = send(post("/submit-group", "{\"signedTxns\": \"not a list\"}"));
        assertProblem(response, 400, "validation-error");
        assertThat(body(response).path("errors").get(0).path("field").asText()).isEqualTo("signedTxns");
    }

    @Test
    void badAddressesSayWhy() throws Exception {
        var response = send(post("/creator/register", "{\"walletAddress\": \"NOT-AN-ADDRESS\"}"));
        assertProblem(response, 400, "validation-error");
        JsonNode error = body(response).path("errors").get(0);
        assertThat(error.path("field").asText()).isEqualTo("walletAddress");
        assertThat(error.path("message").asText()).contains("58 characters");
    }

    @Test
    void amountsWithTooManyDecimalsAre400() throws Exception {
        var response = send(post("/creator/register",
                "{\"wallet_address\": \"" + WALLET + "\", \"min_tip_algo\": 1.0000001}"));
        assertProblem(response, 400, "validation-error");
        assertThat(body(response).path("errors").get(0).path("field").asText()).isEqualTo("minTipAlgo");
    }

    @Test
    void pathParametersAreValidated() throws Exception {
        assertProblem(send(HttpRequest.newBuilder(uri("/nft/not-a-number")).GET()), 400, "validation-error");
        assertProblem(send(HttpRequest.newBuilder(uri("/fan/NOPE/stats")).GET()), 400, "validation-error");
        assertProblem(send(HttpRequest.newBuilder(uri("/fan/" + WALLET + "/inventory?limit=0")).GET()), 400,
                "validation-error");
        assertProblem(send(HttpRequest.newBuilder(uri("/admin/jobs?limit=101")).header("Authorization", fanToken)
                .GET()), 403, "forbidden");
    }

    @Test
    void jsonBodiesOverTheLimitAre413() throws Exception {
        String big = "{\"signedTxn\": \"" + "A".repeat(2 * 1024 * 1024) + "\"}";
        assertProblem(send(post("/submit", big)), 413, "request-too-large");
    }

    @Test
    void eachRouteHasItsOwnBodyLimit() throws Exception {
        String fiveKb = "{\"walletAddress\": \"" + "A".repeat(5 * 1024) + "\"}";
        assertProblem(send(post("/auth/challenge", fiveKb)), 413, "request-too-large");
        String twentyKb = "{\"nonce\": \"" + "A".repeat(20 * 1024) + "\"}";
        assertProblem(send(post("/auth/verify", twentyKb)), 413, "request-too-large");
        // a signed transaction may be larger than an ordinary JSON body: past the size check, refused as invalid
        String transaction = "{\"signedTxn\": \"" + "*".repeat(20 * 1024) + "\"}";
        assertProblem(send(post("/submit", transaction)), 400, "validation-error");
        String seventyKb = "{\"signedTxn\": \"" + "A".repeat(70 * 1024) + "\"}";
        assertProblem(send(post("/submit", seventyKb)), 413, "request-too-large");
        assertProblem(send(HttpRequest.newBuilder(uri("/health")).method("GET",
                HttpRequest.BodyPublishers.ofString("x".repeat(2048)))), 413, "request-too-large");
    }

    @Test
    void bodiesWithoutAContentLengthAreCutOffAtTheRouteLimit() throws Exception {
        byte[] body = ("{\"nonce\": \"" + "A".repeat(64 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(uri("/auth/verify")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)));
        assertProblem(send(request), 413, "request-too-large");
    }

    @Test
    void numbersBeyondAFieldsRangeAre400NamingIt() throws Exception {
        for (String id : new String[] {"9223372036854775808", "18446744073709551615", "18446744073709551616",
                "99999999999999999999999999"}) {
            var reply = send(HttpRequest.newBuilder(uri("/nft/" + id)).GET());
            assertProblem(reply, 400, "validation-error");
            assertThat(reply.body()).contains("assetId");
        }
    }

    @Test
    void nonJsonBodiesAre415() throws Exception {
        var request = HttpRequest.newBuilder(uri("/submit")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("signedTxn=abc"));
        assertProblem(send(request), 415, "unsupported-media-type");
    }

    @Test
    void oversizedUploadsAre413WithoutReadingThem() throws Exception {
        byte[] body = new byte[8 * 1024 * 1024];
        var request = HttpRequest.newBuilder(uri("/creator/" + WALLET + "/sticker-template"))
                .header("Content-Type", "multipart/form-data; boundary=xyz")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        assertProblem(send(request), 413, "request-too-large");
    }

    @Test
    void streamedUploadsAreCutOffAtTheLimit() throws Exception {
        byte[] form = multipart("image", new byte[6 * 1024 * 1024]);
        var request = HttpRequest.newBuilder(uri("/creator/" + WALLET + "/sticker-template"))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY).header("Authorization", fanToken)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(form)));
        assertProblem(send(request), 413, "request-too-large");
    }

    @Test
    void uploadsWithinTheLimitReachTheUseCase() throws Exception {
        byte[] form = multipart("image", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0});
        var request = HttpRequest.newBuilder(uri("/creator/" + WALLET + "/sticker-template"))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY).header("Authorization", fanToken)
                .POST(HttpRequest.BodyPublishers.ofByteArray(form));
        assertProblem(send(request), 503, "service-unavailable");
    }

    @Test
    void uploadsWithUnknownStickerTypesAre400() throws Exception {
        byte[] form = multipart("sticker_type", "platinum".getBytes());
        var request = HttpRequest.newBuilder(uri("/creator/" + WALLET + "/sticker-template"))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY).header("Authorization", fanToken)
                .POST(HttpRequest.BodyPublishers.ofByteArray(form));
        var response = send(request);
        assertProblem(response, 400, "validation-error");
        assertThat(body(response).path("errors").get(0).path("message").asText()).contains("soulbound, golden");
    }

    static final String BOUNDARY = "----test-boundary-1234";

    /** A form with a name, a threshold and one more part ({@code image} as a file, anything else as a field). */
    static byte[] multipart(String part, byte[] content) throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nStar\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"tip_threshold\"\r\n\r\n2.5\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + part + "\""
                + (part.equals("image") ? "; filename=\"a.png\"\r\nContent-Type: image/png" : "") + "\r\n\r\n";
        out.write(head.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        out.write(content);
        out.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    void dependencyOutagesAre503Problems() throws Exception {
        var response = send(HttpRequest.newBuilder(uri("/fan/" + WALLET + "/stats")).GET());
        assertProblem(response, 503, "service-unavailable");
        assertThat(response.headers().firstValue("Retry-After")).contains("5");
        assertThat(response.body()).doesNotContain("store down");
    }

    @Test
    void healthSaysUnhealthyWithoutExceptionTexts() throws Exception {
        var response = send(HttpRequest.newBuilder(uri("/health")).GET());
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(body(response).path("status").asText()).isEqualTo("unhealthy");
        assertThat(response.body()).doesNotContain("down");
        assertThat(send(HttpRequest.newBuilder(uri("/health/ready")).GET()).statusCode()).isEqualTo(503);
        assertThat(send(HttpRequest.newBuilder(uri("/health/live")).GET()).statusCode()).isEqualTo(200);
    }

    @Test
    void registrationsAreRateLimitedPerClientAndRouteClass() throws Exception {
        String register = "{\"walletAddress\": \"" + WALLET + "\"}";
        send(post("/creator/register", register));
        send(post("/creator/register", register));
        var refused = send(post("/creator/register", register));
        assertProblem(refused, 429, "rate-limited");
        assertThat(refused.headers().firstValue("Retry-After")).contains("42");
        assertThat(refused.headers().firstValue("RateLimit-Policy")).contains("\"register\";q=2;w=3600");
        assertThat(refused.headers().firstValue("RateLimit")).contains("\"register\";r=0;t=3600");
        assertThat(limiter.counts.keySet()).allMatch(key -> !key.contains(WALLET));
    }

    @Test
    void corsPreflightsAnswerAllowedOriginsOnly() throws Exception {
        var allowed = send(HttpRequest.newBuilder(uri("/creator/register"))
                .header("Origin", "https://app.example").header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertThat(allowed.statusCode()).isEqualTo(204);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains("https://app.example");
        var other = send(HttpRequest.newBuilder(uri("/creator/register"))
                .header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void docsAreSelfContained() throws Exception {
        var docs = send(HttpRequest.newBuilder(uri("/docs")).GET());
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("API explorer").doesNotContain("<script>").doesNotContain("src=\"http");
        assertThat(docs.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-eval");
        var openApi = send(HttpRequest.newBuilder(uri("/openapi.json")).GET());
        assertThat(body(openApi).path("openapi").asText()).isEqualTo("3.1.0");
    }

    @Test
    void contractInfoKnowsOnlyTheShippedContract() throws Exception {
        assertProblem(send(HttpRequest.newBuilder(uri("/contract/info?name=../../etc/passwd")).GET()), 404,
                "not-found");
    }

    @Test
    void jettyLevelErrorsAreProblemsWithoutStacks() throws Exception {
        String hugeHeader = raw("GET /health HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(40_000) + "\r\n\r\n");
        assertThat(hugeHeader).startsWith("HTTP/1.1 431").contains("application/problem+json")
                .contains("\"status\":431").doesNotContain("Exception");
        String badUri = raw("GET /fan/%zz/stats HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertThat(badUri).startsWith("HTTP/1.1 400").contains("problem+json").doesNotContain("Exception");
    }

    /** Sends bytes no well-behaved client would and returns the raw answer. */
    private String raw(String request) throws IOException {
        URI target = uri("/");
        try (var socket = new java.net.Socket(target.getHost(), target.getPort())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            byte[] buffer = new byte[8192];
            int read = socket.getInputStream().read(buffer);
            return new String(buffer, 0, Math.max(0, read), java.nio.charset.StandardCharsets.ISO_8859_1);
        }
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private HttpRequest.Builder post(String path, String body) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode body(HttpResponse<String> response) throws IOException {
        return json.readTree(response.body());
    }

    private void assertProblem(HttpResponse<String> response, int status, String type) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                value -> assertThat(value).startsWith("application/problem+json"));
        JsonNode problem = body(response);
        assertThat(problem.path("type").asText()).endsWith("/" + type);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("detail").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at dev.");
    }
}
