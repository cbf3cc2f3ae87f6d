package dev.stickerplatform.adapters.kms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * Google's OAuth token endpoint for the tests, once per JVM: it makes a service account with a fresh RSA key, writes
 * its JSON key file where {@code GOOGLE_APPLICATION_CREDENTIALS} points (the build sets that to a file under
 * {@code target/}), with {@code token_uri} naming this endpoint, so the real auth library finds it through
 * Application Default Credentials and exchanges a signed JWT (RFC 7523 bearer grant) for an access token here. The
 * JWT's RS256 signature, issuer, audience (Google's token endpoint), scope and expiry are checked as Google does. The Cloud KMS double accepts
 * only tokens issued here. One per JVM because the auth library caches Application Default Credentials.
 */
public final class FakeGoogleAuth {
    static final String CLIENT_EMAIL = "sticker-signer@sticker-test.iam.gserviceaccount.com";
    private static final String GOOGLE_TOKEN_URI = "https://oauth2.googleapis.com/token";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static FakeGoogleAuth instance;

    private final KeyPair key;
    private final String tokenUri;
    private final Set<String> tokens = ConcurrentHashMap.newKeySet();
    private final SecureRandom random = new SecureRandom();

    private FakeGoogleAuth() throws IOException, GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        key = generator.generateKeyPair();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/token", this::token);
        server.setExecutor(Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "fake-google-oauth");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
        tokenUri = "http://127.0.0.1:" + server.getAddress().getPort() + "/token";
        writeCredentialsFile();
    }

    /** The endpoint, started (and the credentials file written) on first use. */
    public static synchronized FakeGoogleAuth instance() {
        if (instance == null) {
            try {
                instance = new FakeGoogleAuth();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    /** Whether {@code authorization} is {@code Bearer <a token issued here>}. */
    boolean accepts(String authorization) {
        return authorization != null && authorization.startsWith("Bearer ")
                && tokens.contains(authorization.substring("Bearer ".length()));
    }

    private void writeCredentialsFile() throws IOException {
        String location = System.getenv("GOOGLE_APPLICATION_CREDENTIALS");
        if (location == null || location.isBlank()) {
            throw new IllegalStateException("GOOGLE_APPLICATION_CREDENTIALS is not set: the build sets it for the"
                    + " tests (surefire environmentVariables) to a file the Cloud KMS double writes");
        }
        String pem = "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(key.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n";
        Map<String, String> file = new HashMap<>();
        file.put("type", "service_account");
        file.put("project_id", "sticker-test");
        file.put("private_key_id", HexFormat.of().formatHex(random.generateSeed(20)));
        file.put("private_key", pem);
        file.put("client_email", CLIENT_EMAIL);
        file.put("client_id", "100000000000000000001");
        file.put("token_uri", tokenUri);
        Path path = Path.of(location);
        Files.createDirectories(path.toAbsolutePath().getParent());
        Files.writeString(path, JSON.writeValueAsString(file));
    }

    private void token(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8));
            if (!"urn:ietf:params:oauth:grant-type:jwt-bearer".equals(form.get("grant_type"))
                    || !validAssertion(form.get("assertion"))) {
                send(exchange, 400, "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid JWT Signature.\"}");
                return;
            }
            String token = "ya29.test-" + HexFormat.of().formatHex(random.generateSeed(16));
            tokens.add(token);
            send(exchange, 200, JSON.createObjectNode().put("access_token", token).put("expires_in", 3599)
                    .put("token_type", "Bearer").toString());
        }
    }

    private boolean validAssertion(String jwt) {
        String[] parts = jwt == null ? new String[0] : jwt.split("\\.");
        if (parts.length != 3) {
            return false;
        }
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initVerify(key.getPublic());
            rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!rs256.verify(Base64.getUrlDecoder().decode(parts[2]))) {
                return false;
            }
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            // the audience is Google's token endpoint whatever token_uri says, as Google checks it
            return CLIENT_EMAIL.equals(claims.path("iss").asText()) && GOOGLE_TOKEN_URI.equals(claims.path("aud").asText())
                    && claims.path("scope").asText().contains(GcpKmsApi.SCOPE)
                    && claims.path("exp").asLong() > Instant.now().getEpochSecond();
        } catch (GeneralSecurityException | IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
