package dev.stickerplatform.bootstrap.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.algorand.algosdk.crypto.Digest;
import com.algorand.algosdk.transaction.Transaction;
import com.algorand.algosdk.util.Encoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.bootstrap.config.AuthSettings;
import dev.stickerplatform.bootstrap.wiring.Platform;
import dev.stickerplatform.bootstrap.config.PlatformConfig;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.port.MutableClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The embedded platform for the sign-in tests: a known JWT signing key (so tests can forge tokens the way an
 * attacker who had it would), one admin wallet, a clock the test moves, and a JSON client that can send any
 * {@code Authorization} header. No listener and no workers: nothing here tips.
 */
final class AuthPlatform implements AutoCloseable {
    static final byte[] KEY_SEED = filled(0x11);
    static final String KEY_ID = "test-key-1";
    static final String PROBLEMS = "https://stickerplatform.dev/problems/";
    private static final ObjectMapper JSON = new ObjectMapper();

    final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    final DevWallet admin = DevWallet.generate();
    final Platform platform;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private AuthPlatform(UnaryOperator<AuthSettings> settings, UnaryOperator<PlatformConfig> platformConfig) {
        PlatformConfig config = PlatformConfig.embedded().withPort(0).withListener(false).withWorkers(0)
                .withBlockTime(Duration.ofMillis(50));
        AuthSettings auth = config.auth().withSigningKey(KEY_SEED, KEY_ID).withAdmins(Set.of(admin.address()));
        this.platform = Platform.start(platformConfig.apply(config.withAuth(settings.apply(auth))), clock);
    }

    static AuthPlatform start() {
        return new AuthPlatform(UnaryOperator.identity(), UnaryOperator.identity());
    }

    /** With changed auth settings (key rotation, admins). */
    static AuthPlatform start(UnaryOperator<AuthSettings> settings) {
        return new AuthPlatform(settings, UnaryOperator.identity());
    }

    /** With a changed platform configuration (e.g. Redis). */
    static AuthPlatform withConfig(UnaryOperator<PlatformConfig> platformConfig) {
        return new AuthPlatform(UnaryOperator.identity(), platformConfig);
    }

    record Reply(int status, JsonNode body, HttpResponse<String> raw) {
        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        String detail() {
            return body.path("detail").asText();
        }

        @Override
        public String toString() {
            return status + " " + raw.body();
        }
    }

    Reply get(String path, String bearer) {
        return send("GET", path, null, bearer);
    }

    Reply post(String path, Object body, String bearer) {
        try {
            return send("POST", path, JSON.writeValueAsString(body), bearer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Any method; {@code jsonBody} may be null; {@code bearer} (a token, or null for none) goes in the header. */
    Reply send(String method, String path, String jsonBody, String bearer) {
        return sendWithAuthorization(method, path, jsonBody, bearer == null ? null : "Bearer " + bearer);
    }

    /** Any method with this exact {@code Authorization} header (none when null). */
    Reply sendWithAuthorization(String method, String path, String jsonBody, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(platform.baseUrl() + path))
                .timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(jsonBody));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String type = response.headers().firstValue("Content-Type").orElse("");
            JsonNode body = type.contains("json") && !response.body().isBlank() ? JSON.readTree(response.body())
                    : JSON.getNodeFactory().textNode(response.body());
            return new Reply(response.statusCode(), body, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code POST /auth/challenge} for {@code wallet}; must answer 200. */
    JsonNode challenge(String wallet) {
        Reply reply = post("/auth/challenge", Map.of("walletAddress", wallet), null);
        if (reply.status() != 200) {
            throw new AssertionError("challenge answered " + reply);
        }
        return reply.body();
    }

    /** {@code POST /auth/verify} in the signBytes form. */
    Reply verify(String wallet, String nonce, byte[] signature) {
        return post("/auth/verify", Map.of("walletAddress", wallet, "nonce", nonce,
                "signature", Base64.getEncoder().encodeToString(signature)), null);
    }

    /** Signs {@code wallet} in (signBytes form) and returns its access token. */
    String login(DevWallet wallet) {
        return WalletLogin.accessToken(platform.baseUrl(), wallet);
    }

    /** {@code account} rekeys itself to {@code to} with a real signed transaction, confirmed on the ledger. */
    void rekey(DevWallet account, dev.stickerplatform.domain.model.Address to) throws Exception {
        var ledger = platform.ledger();
        ledger.fund(account.address(), MicroAlgos.ofAlgo(1));
        JsonNode params = get("/params", null).body();
        Transaction txn = Transaction.PaymentTransactionBuilder()
                .sender(new com.algorand.algosdk.crypto.Address(account.address().publicKey()))
                .receiver(new com.algorand.algosdk.crypto.Address(account.address().publicKey()))
                .amount(0).flatFee(params.get("minFee").asLong())
                .firstValid(params.get("firstValidRound").asLong()).lastValid(params.get("lastValidRound").asLong())
                .genesisID(params.get("genesisId").asText())
                .genesisHash(new Digest(Base64.getDecoder().decode(params.get("genesisHash").asText())))
                .rekey(new com.algorand.algosdk.crypto.Address(to.publicKey()))
                .build();
        byte[] signed = account.signPrepared(Encoder.encodeToMsgPack(txn));
        Reply submitted = post("/submit", java.util.Map.of("signedTxn",
                Base64.getEncoder().encodeToString(signed)), null);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        Instant deadline = Instant.now().plusSeconds(10);
        while (!to.equals(ledger.account(account.address()).authAddress()) && Instant.now().isBefore(deadline)) {
            ledger.awaitRoundAfter(ledger.currentRound(), Duration.ofSeconds(1));
        }
        assertThat(ledger.account(account.address()).authAddress()).isEqualTo(to);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] filled(int value) {
        byte[] bytes = new byte[32];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }

    @Override
    public void close() {
        platform.close();
    }
}
