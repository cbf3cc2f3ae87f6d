package dev.stickerplatform.bootstrap.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stickerplatform.adapters.algorand.DevWallet;
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

/**
 * Signs a wallet in over HTTP the way a browser app with Pera does: {@code POST /auth/challenge}, the wallet signs
 * the message ({@code signData}: Ed25519 over {@code "MX" + message}), {@code POST /auth/verify}. The tests' shared
 * way to get an access token.
 */
public final class WalletLogin {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private WalletLogin() {
    }

    /** A fresh access token for {@code wallet}; fails the test if signing in does not answer 200. */
    public static String accessToken(String baseUrl, DevWallet wallet) {
        JsonNode signedIn = signIn(baseUrl, wallet);
        return signedIn.get("accessToken").asText();
    }

    /** The whole {@code /auth/verify} answer for {@code wallet}. */
    public static JsonNode signIn(String baseUrl, DevWallet wallet) {
        JsonNode challenge = expect200(post(baseUrl, "/auth/challenge",
                Map.of("walletAddress", wallet.address().value())));
        byte[] signature = wallet.signData(challenge.get("message").asText().getBytes(StandardCharsets.UTF_8));
        return expect200(post(baseUrl, "/auth/verify", Map.of("walletAddress", wallet.address().value(),
                "nonce", challenge.get("nonce").asText(),
                "signature", Base64.getEncoder().encodeToString(signature))));
    }

    static HttpResponse<String> post(String baseUrl, String path, Object body) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode expect200(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new AssertionError("sign-in answered " + response.statusCode() + ": " + response.body());
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
