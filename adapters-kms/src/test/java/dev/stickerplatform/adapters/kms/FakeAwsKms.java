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
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;

/**
 * A local stand-in for AWS KMS that speaks its published wire protocol, AWS JSON 1.1: {@code POST /} with
 * {@code X-Amz-Target: TrentService.GetPublicKey} or {@code TrentService.Sign}, a JSON body, and a SigV4
 * {@code Authorization} header that it checks in full against the access key in the environment
 * ({@code AWS_ACCESS_KEY_ID} / {@code AWS_SECRET_ACCESS_KEY}, set by the build for the tests only; see
 * {@link SigV4}). Keys are real: Ed25519 ({@code ECC_NIST_EDWARDS25519}, signing with pure Ed25519 for
 * {@code ED25519_SHA_512} over {@code RAW}) or a P-256 key for a wrong-spec case. Errors are KMS's:
 * {@code {"__type": "DisabledException", "message": …}} with the status KMS uses. It can be told to throttle or fail
 * the next requests and to answer a wrong signature. Its normal behaviour is public for bootstrap's end-to-end test
 * (adapters-kms test-jar). Thread-safe.
 */
public final class FakeAwsKms extends FakeKmsServer<FakeAwsKms.Request> {
    /** The region the double serves. */
    public static final String REGION = "eu-west-1";
    static final String ACCOUNT = "111122223333";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_MESSAGE = 4096;

    private final Map<String, Key> keys = new ConcurrentHashMap<>();
    private final Map<String, String> aliases = new ConcurrentHashMap<>();

    /** What the double received: the operation, the SigV4 scope's access key and region, and the JSON body. */
    public record Request(String target, String accessKey, String region, JsonNode body) {
    }

    private static final class Key {
        final String id = UUID.randomUUID().toString();
        final String spec;
        final Ed25519PrivateKeyParameters ed25519;
        final byte[] publicKeyInfo;
        volatile boolean enabled = true;

        Key(String spec, Ed25519PrivateKeyParameters ed25519, byte[] publicKeyInfo) {
            this.spec = spec;
            this.ed25519 = ed25519;
            this.publicKeyInfo = publicKeyInfo;
        }

        String arn() {
            return "arn:aws:kms:" + REGION + ":" + ACCOUNT + ":key/" + id;
        }
    }

    /** Listens on a free port of 127.0.0.1 until {@link #close()}. */
    public FakeAwsKms() throws IOException {
        super("/");
    }

    /** Creates an {@code ECC_NIST_EDWARDS25519} key; returns its key id (the ARN is {@link #arn(String)}). */
    public String createEd25519Key() {
        Ed25519PrivateKeyParameters key = newEd25519Key();
        return add(new Key("ECC_NIST_EDWARDS25519", key, publicKeyInfo(key)));
    }

    /** Creates an {@code ECC_NIST_P256} signing key, which an Algorand signer must refuse. */
    String createP256Key() throws GeneralSecurityException {
        return add(new Key("ECC_NIST_P256", null, p256PublicKeyInfo()));
    }

    private String add(Key key) {
        keys.put(key.id, key);
        return key.id;
    }

    /** The raw 32-byte Ed25519 public key of {@code keyId}. */
    public byte[] publicKey(String keyId) {
        return keys.get(keyId).ed25519.generatePublicKey().getEncoded();
    }

    public String arn(String keyId) {
        return keys.get(keyId).arn();
    }

    void alias(String alias, String keyId) {
        aliases.put(alias, keyId);
    }

    void disable(String keyId) {
        keys.get(keyId).enabled = false;
    }

    /** The next {@code count} requests are answered 400 {@code ThrottlingException}. */
    @Override
    void throttleNext(int count) {
        failNext(count, 400, "ThrottlingException");
    }

    /** How many requests of {@code operation} (e.g. {@code "Sign"}) were received. */
    @Override
    public long count(String operation) {
        return requests().stream().filter(r -> ("TrentService." + operation).equals(r.target())).count();
    }

    @Override
    void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            SigV4.Scope scope = SigV4.verify(exchange, body);
            JsonNode json = parse(body);
            record(new Request(target, scope == null ? null : scope.accessKey(),
                    scope == null ? null : scope.region(), json));
            if (!"POST".equals(exchange.getRequestMethod()) || !"/".equals(exchange.getRequestURI().getPath())
                    || !"application/x-amz-json-1.1".equals(exchange.getRequestHeaders().getFirst("Content-Type"))) {
                error(exchange, 404, "UnknownOperationException", "not an AWS JSON 1.1 request");
                return;
            }
            if (scope == null) {
                error(exchange, 400, "InvalidSignatureException", "The request signature we calculated does not"
                        + " match the signature you provided.");
                return;
            }
            if (!REGION.equals(scope.region())) {
                error(exchange, 400, "InvalidSignatureException", "Credential should be scoped to a valid region");
                return;
            }
            Failure forced = nextFailure();
            if (forced != null) {
                error(exchange, forced.status(), forced.code(), "Rate exceeded");
                return;
            }
            if (json == null) {
                error(exchange, 400, "SerializationException", "the body is not JSON");
                return;
            }
            switch (target == null ? "" : target) {
                case "TrentService.GetPublicKey" -> getPublicKey(exchange, json);
                case "TrentService.Sign" -> sign(exchange, json);
                default -> error(exchange, 400, "UnknownOperationException", "unknown operation");
            }
        }
    }

    private void getPublicKey(HttpExchange exchange, JsonNode request) throws IOException {
        Key key = find(exchange, request);
        if (key == null) {
            return;
        }
        ObjectNode answer = JSON.createObjectNode().put("KeyId", key.arn())
                .put("PublicKey", Base64.getEncoder().encodeToString(key.publicKeyInfo))
                .put("KeySpec", key.spec).put("CustomerMasterKeySpec", key.spec).put("KeyUsage", "SIGN_VERIFY");
        var algorithms = answer.putArray("SigningAlgorithms");
        if (key.ed25519 != null) {
            algorithms.add("ED25519_SHA_512").add("ED25519_PH_SHA_512");
        } else {
            algorithms.add("ECDSA_SHA_256");
        }
        send(exchange, 200, answer.toString());
    }

    private void sign(HttpExchange exchange, JsonNode request) throws IOException {
        Key key = find(exchange, request);
        if (key == null) {
            return;
        }
        byte[] message = Base64.getDecoder().decode(request.path("Message").asText(""));
        String algorithm = request.path("SigningAlgorithm").asText("");
        if (message.length < 1 || message.length > MAX_MESSAGE) {
            error(exchange, 400, "ValidationException", "1 validation error detected: Value at 'message' failed to"
                    + " satisfy constraint: Member must have length less than or equal to 4096");
        } else if (key.ed25519 == null || !algorithm.startsWith("ED25519")) {
            error(exchange, 400, "InvalidKeyUsageException", "the key does not support " + algorithm);
        } else if (!algorithm.equals("ED25519_SHA_512") || !"RAW".equals(request.path("MessageType").asText())) {
            error(exchange, 400, "ValidationException", "ED25519_SHA_512 signs RAW messages only");
        } else {
            byte[] signature = sign(key.ed25519, message);
            send(exchange, 200, JSON.createObjectNode().put("KeyId", key.arn()).put("SigningAlgorithm", algorithm)
                    .put("Signature", Base64.getEncoder().encodeToString(signature)).toString());
        }
    }

    /** The key a request names (id, ARN, alias), or null after answering the error KMS gives. */
    private Key find(HttpExchange exchange, JsonNode request) throws IOException {
        String name = request.path("KeyId").asText("");
        String id = name.startsWith("alias/") ? aliases.getOrDefault(name, "") : name.replaceFirst("^arn:aws:kms:"
                + REGION + ":" + ACCOUNT + ":key/", "");
        Key key = keys.get(id);
        if (key == null) {
            error(exchange, 400, "NotFoundException", "Key '" + name + "' does not exist");
            return null;
        }
        if (!key.enabled) {
            error(exchange, 400, "DisabledException", key.arn() + " is disabled.");
            return null;
        }
        return key;
    }

    private static JsonNode parse(byte[] body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static void error(HttpExchange exchange, int status, String type, String message) throws IOException {
        exchange.getResponseHeaders().set("x-amzn-ErrorType", type);
        send(exchange, status, JSON.createObjectNode().put("__type", type).put("message", message).toString());
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.1");
        exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
