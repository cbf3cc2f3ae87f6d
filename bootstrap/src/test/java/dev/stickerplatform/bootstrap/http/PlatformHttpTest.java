package dev.stickerplatform.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.adapters.http.RateLimits;
import dev.stickerplatform.bootstrap.wiring.Platform;
import dev.stickerplatform.bootstrap.config.PlatformConfig;
import dev.stickerplatform.bootstrap.auth.WalletLogin;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.port.RateLimiter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of the HTTP tests: the whole embedded platform on a random port (fast simulated rounds), one per test
 * class, called with {@link HttpClient}; state-changing calls go {@link #as} a wallet that signed in. Rate limits
 * are per client IP and route class, so a class keeps within them (at most 5 registrations and 3 faucet calls)
 * or tests the limit itself.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PlatformHttpTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String PROBLEM_TYPES = "https://stickerplatform.dev/problems/";
    /** A wallet nobody registered, whose key the tests hold so that it can sign in. */
    static final DevWallet STRANGER_WALLET = DevWallet.fromSeed(new byte[32]);
    /** A valid address nobody registered. */
    static final String STRANGER = STRANGER_WALLET.address().value();
    /** 58 characters of base32 with a wrong checksum. */
    static final String BAD_CHECKSUM = "A".repeat(58);
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<Address, String> tokens = new ConcurrentHashMap<>();
    Platform platform;

    @BeforeAll
    void startPlatform() {
        PlatformConfig config = PlatformConfig.embedded().withPort(0).withBlockTime(Duration.ofMillis(100));
        // registrations are counted per client IP too: these tests register many creators from 127.0.0.1
        RateLimits limits = config.operations().rateLimits();
        platform = Platform.start(config.withOperations(config.operations().withRateLimits(new RateLimits(
                new RateLimiter.Policy("register", 1_000, Duration.ofHours(1)), limits.faucet(), limits.writes(),
                limits.reads(), limits.auth()))));
    }

    @AfterAll
    void stopPlatform() {
        platform.close();
    }

    /** A response with its body parsed as JSON when it is JSON (else a text node). */
    record Reply(int status, HttpResponse<String> raw, JsonNode body) {
        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + raw.body();
        }
    }

    Reply get(String path) {
        return send(request(path).GET());
    }

    Reply post(String path, Object json) {
        try {
            return postRaw(path, json instanceof String text ? text : JSON.writeValueAsString(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Reply postRaw(String path, String body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Reply delete(String path) {
        return send(request(path).DELETE());
    }

    Reply send(String method, String path, String jsonBody) {
        return send(request(path).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(jsonBody)));
    }

    /** A multipart/form-data POST with text fields and, when {@code image} is not null, an image file. */
    Reply upload(String path, Map<String, String> fields, byte[] image) {
        return send(multipart(request(path), fields, image));
    }

    /**
     * Requests as {@code wallet}: with the bearer token it got by signing in through {@code /auth/challenge} and
     * {@code /auth/verify} (once per wallet and test class; tokens live 15 minutes).
     */
    Caller as(DevWallet wallet) {
        return new Caller("Bearer " + tokens.computeIfAbsent(wallet.address(),
                address -> WalletLogin.accessToken(platform.baseUrl(), wallet)));
    }

    /** The same requests as the test's own methods, with an {@code Authorization} header. */
    final class Caller {
        private final String authorization;

        private Caller(String authorization) {
            this.authorization = authorization;
        }

        Reply get(String path) {
            return send(request(path).GET());
        }

        Reply post(String path, Object json) {
            try {
                return send("POST", path, json instanceof String text ? text : JSON.writeValueAsString(json));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Reply delete(String path) {
            return send(request(path).DELETE());
        }

        Reply send(String method, String path, String jsonBody) {
            return send(request(path).header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(jsonBody)));
        }

        Reply upload(String path, Map<String, String> fields, byte[] image) {
            return send(multipart(request(path), fields, image));
        }

        Reply send(HttpRequest.Builder request) {
            return PlatformHttpTest.this.send(request.header("Authorization", authorization));
        }
    }

    private static HttpRequest.Builder multipart(HttpRequest.Builder request, Map<String, String> fields,
                                                 byte[] image) {
        String boundary = "----http-test-boundary";
        var out = new ByteArrayOutputStream();
        fields.forEach((name, value) -> out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        if (image != null) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"image\"; filename=\"s.png\""
                    + "\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(image);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()));
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(platform.baseUrl() + path)).timeout(Duration.ofSeconds(30));
    }

    Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String type = response.headers().firstValue("Content-Type").orElse("");
            JsonNode body = type.contains("json") && !response.body().isBlank() ? JSON.readTree(response.body())
                    : JSON.getNodeFactory().textNode(response.body());
            return new Reply(response.statusCode(), response, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Asserts an RFC 9457 problem of this status and type that leaks no exception text. */
    static JsonNode assertProblem(Reply reply, int status, String type) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).as(reply.toString()).startsWith("application/problem+json");
        JsonNode problem = reply.body();
        assertThat(problem.path("type").asText()).as(reply.toString()).isEqualTo(PROBLEM_TYPES + type);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("detail").asText()).isNotBlank();
        assertThat(reply.raw().body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("java.");
        return problem;
    }

    /** Asserts a 400 validation problem naming {@code field}; returns that field's message. */
    static String assertInvalid(Reply reply, String field) {
        JsonNode problem = assertProblem(reply, 400, "validation-error");
        for (JsonNode error : problem.path("errors")) {
            if (error.path("field").asText().equals(field)) {
                return error.path("message").asText();
            }
        }
        throw new AssertionError("no error for field " + field + " in " + reply);
    }
}
