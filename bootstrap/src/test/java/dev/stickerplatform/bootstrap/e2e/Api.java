package dev.stickerplatform.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.bootstrap.auth.WalletLogin;
import dev.stickerplatform.domain.model.Address;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A small JSON-over-HTTP client for the end-to-end tests: a real HTTP client against the real server. State-changing
 * calls go {@link #as} a wallet, which signs in once through {@code /auth/challenge} and {@code /auth/verify}.
 */
final class Api {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http;
    private final String baseUrl;
    private final Map<Address, String> tokens;
    private final String authorization;

    Api(String baseUrl) {
        this(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), baseUrl, new ConcurrentHashMap<>(),
                null);
    }

    private Api(HttpClient http, String baseUrl, Map<Address, String> tokens, String authorization) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.tokens = tokens;
        this.authorization = authorization;
    }

    /** This client signed in as {@code wallet} (its bearer token is fetched once and kept). */
    Api as(DevWallet wallet) {
        String token = tokens.computeIfAbsent(wallet.address(), address -> WalletLogin.accessToken(baseUrl, wallet));
        return new Api(http, baseUrl, tokens, "Bearer " + token);
    }

    record Reply(int status, JsonNode body) {
    }

    /**
     * Calls {@code call} every 20 ms until its reply is {@code done}, and returns that reply; an
     * {@link AssertionError} naming {@code what} and the last reply when {@code within} has passed first.
     */
    static Reply await(Supplier<Reply> call, Predicate<Reply> done, String what, Duration within) {
        Instant deadline = Instant.now().plus(within);
        Reply reply = call.get();
        while (!done.test(reply)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting for " + what + "; last answer " + reply.status() + " "
                        + reply.body());
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            reply = call.get();
        }
        return reply;
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    Reply post(String path, Object body) {
        try {
            return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Reply delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).DELETE());
    }

    /** A multipart/form-data POST with text fields and one file field named {@code image}. */
    Reply upload(String path, Map<String, String> fields, byte[] image) {
        String boundary = "----e2e" + UUID.randomUUID();
        var out = new ByteArrayOutputStream();
        fields.forEach((name, value) -> out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"image\"; filename=\"s.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(image);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
    }

    private Reply send(HttpRequest.Builder request) {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
            return new Reply(response.statusCode(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
