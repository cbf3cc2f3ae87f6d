package dev.stickerplatform.adapters.kms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;

/**
 * A local stand-in for Google Cloud KMS that speaks its published REST/JSON API: {@code GET
 * v1/<version>/publicKey} ({@code pem}, {@code algorithm}, {@code pemCrc32c}) and {@code POST
 * v1/<version>:asymmetricSign} ({@code data} and {@code dataCrc32c} in; {@code signature}, {@code signatureCrc32c},
 * {@code verifiedDataCrc32c} out), with Google's error shape {@code {"error": {"code", "message", "status"}}}. It
 * accepts only access tokens {@link FakeGoogleAuth} issued, and signs with real Ed25519 keys (pure Ed25519 over the
 * {@code data} field, as {@code EC_SIGN_ED25519} does). It can be told to throttle or fail the next requests, answer a
 * wrong signature or corrupt the answer's checksum. Its normal behaviour is public for bootstrap's end-to-end test
 * (adapters-kms test-jar). Thread-safe.
 */
public final class FakeGcpKms extends FakeKmsServer<FakeGcpKms.Request> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PATH = Pattern.compile("/v1/(projects/[^/]+/locations/[^/]+/keyRings/[^/]+/"
            + "cryptoKeys/[^/]+/cryptoKeyVersions/[0-9]+)(/publicKey|:asymmetricSign)");

    private final FakeGoogleAuth auth = FakeGoogleAuth.instance();
    private final Map<String, Version> versions = new ConcurrentHashMap<>();
    private final AtomicInteger corruptChecksums = new AtomicInteger();

    /** What the double received: method, key version, operation, whether the token was valid, the JSON body. */
    public record Request(String method, String version, String operation, boolean authorized, JsonNode body) {
    }

    private static final class Version {
        final String algorithm;
        final Ed25519PrivateKeyParameters ed25519;
        final String pem;
        volatile String state = "ENABLED";

        Version(String algorithm, Ed25519PrivateKeyParameters ed25519, byte[] publicKeyInfo) {
            this.algorithm = algorithm;
            this.ed25519 = ed25519;
            this.pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'})
                    .encodeToString(publicKeyInfo) + "\n-----END PUBLIC KEY-----\n";
        }
    }

    /** Listens on a free port of 127.0.0.1 until {@link #close()}. */
    public FakeGcpKms() throws IOException {
        super("/v1/");
    }

    /** Creates an {@code EC_SIGN_ED25519} key with one enabled version; returns the version's resource name. */
    public String createEd25519Version(String key) {
        Ed25519PrivateKeyParameters ed25519 = newEd25519Key();
        return add(key, new Version("EC_SIGN_ED25519", ed25519, publicKeyInfo(ed25519)));
    }

    /** Creates an {@code EC_SIGN_P256_SHA256} key version, which an Algorand signer must refuse. */
    String createP256Version(String key) throws GeneralSecurityException {
        return add(key, new Version("EC_SIGN_P256_SHA256", null, p256PublicKeyInfo()));
    }

    private String add(String key, Version version) {
        String name = "projects/sticker-test/locations/europe-west1/keyRings/platform/cryptoKeys/" + key
                + "/cryptoKeyVersions/1";
        versions.put(name, version);
        return name;
    }

    /** The raw 32-byte Ed25519 public key of {@code version}. */
    public byte[] publicKey(String version) {
        return versions.get(version).ed25519.generatePublicKey().getEncoded();
    }

    void disable(String version) {
        versions.get(version).state = "DISABLED";
    }

    /** The next {@code count} requests are answered 429 {@code RESOURCE_EXHAUSTED}. */
    @Override
    void throttleNext(int count) {
        failNext(count, 429, "RESOURCE_EXHAUSTED");
    }

    /** The next {@code count} signatures come with a wrong {@code signatureCrc32c}. */
    void corruptNextChecksums(int count) {
        corruptChecksums.set(count);
    }

    @Override
    void behaveNormally() {
        super.behaveNormally();
        corruptChecksums.set(0);
    }

    /** How many requests of {@code operation} ({@code "publicKey"} or {@code "asymmetricSign"}) were received. */
    @Override
    public long count(String operation) {
        return requests().stream().filter(r -> operation.equals(r.operation())).count();
    }

    @Override
    void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Matcher path = PATH.matcher(exchange.getRequestURI().getPath());
            boolean authorized = auth.accepts(exchange.getRequestHeaders().getFirst("Authorization"));
            JsonNode json = parse(body);
            record(new Request(exchange.getRequestMethod(), path.matches() ? path.group(1) : null,
                    path.matches() ? path.group(2).substring(1) : null, authorized, json));
            if (!authorized) {
                error(exchange, 401, "UNAUTHENTICATED", "Request had invalid authentication credentials.");
                return;
            }
            Failure forced = nextFailure();
            if (forced != null) {
                error(exchange, forced.status(), forced.code(), "Quota exceeded or service unavailable.");
                return;
            }
            Version version = path.matches() ? versions.get(path.group(1)) : null;
            if (version == null) {
                error(exchange, 404, "NOT_FOUND", "CryptoKeyVersion not found.");
            } else if (!version.state.equals("ENABLED")) {
                error(exchange, 400, "FAILED_PRECONDITION", path.group(1) + " is not enabled, current state is: "
                        + version.state + ".");
            } else if (path.group(2).equals("/publicKey") && exchange.getRequestMethod().equals("GET")) {
                send(exchange, 200, JSON.createObjectNode().put("pem", version.pem)
                        .put("algorithm", version.algorithm).put("name", path.group(1))
                        .put("pemCrc32c", Long.toString(GcpKmsSigner.crc32c(version.pem.getBytes(
                                StandardCharsets.UTF_8)))).put("protectionLevel", "HSM").toString());
            } else if (path.group(2).equals(":asymmetricSign") && exchange.getRequestMethod().equals("POST")) {
                sign(exchange, path.group(1), version, json);
            } else {
                error(exchange, 405, "INVALID_ARGUMENT", "method not allowed");
            }
        }
    }

    private void sign(HttpExchange exchange, String name, Version version, JsonNode request) throws IOException {
        if (request == null || !request.hasNonNull("data") || request.has("digest")) {
            error(exchange, 400, "INVALID_ARGUMENT", "EC_SIGN_ED25519 signs the data field, never a digest.");
            return;
        }
        if (version.ed25519 == null) {
            error(exchange, 400, "FAILED_PRECONDITION", "the algorithm of this key version needs a digest.");
            return;
        }
        byte[] data = Base64.getDecoder().decode(request.get("data").asText());
        boolean checked = request.hasNonNull("dataCrc32c");
        if (checked && request.get("dataCrc32c").asLong() != GcpKmsSigner.crc32c(data)) {
            error(exchange, 400, "INVALID_ARGUMENT", "The checksum in field data_crc32c did not match the data.");
            return;
        }
        byte[] signature = sign(version.ed25519, data);
        long crc = GcpKmsSigner.crc32c(signature);
        if (corruptChecksums.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            crc ^= 1;
        }
        ObjectNode answer = JSON.createObjectNode().put("signature", Base64.getEncoder().encodeToString(signature))
                .put("signatureCrc32c", Long.toString(crc)).put("verifiedDataCrc32c", checked).put("name", name)
                .put("protectionLevel", "HSM");
        send(exchange, 200, answer.toString());
    }

    private static JsonNode parse(String body) {
        try {
            return body.isBlank() ? null : JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static void error(HttpExchange exchange, int status, String code, String message) throws IOException {
        ObjectNode answer = JSON.createObjectNode();
        answer.putObject("error").put("code", status).put("message", message).put("status", code);
        send(exchange, status, answer.toString());
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
