package dev.stickerplatform.adapters.kms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * A local stand-in for Vault's Transit engine that speaks its documented HTTP API (read key, sign) and signs with
 * real Ed25519 keys (BouncyCastle). It checks {@code X-Vault-Token} (403 "permission denied" otherwise) and can be
 * told to fail: a fixed status, no answer at all, a wrong signature. Its normal behaviour is public for bootstrap's
 * end-to-end test (adapters-kms test-jar).
 */
public final class FakeVault implements AutoCloseable {
    /** The only token the double accepts. */
    public static final String TOKEN = "hvs.test-token-that-must-never-be-logged";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PATH = Pattern.compile("/v1/(.+)/(keys|sign)/([^/]+)");

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(8);
    private final SecureRandom random = new SecureRandom();
    private final Map<String, List<Ed25519PrivateKeyParameters>> keys = new ConcurrentHashMap<>();
    private final Map<String, String> types = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger forcedStatus = new AtomicInteger();
    private final AtomicReference<CountDownLatch> hold = new AtomicReference<>(new CountDownLatch(0));
    private final AtomicReference<String> forcedSignature = new AtomicReference<>();

    /** What the double received, for asserting the request format. */
    public record Request(String method, String path, String token, String namespace, JsonNode body) {
    }

    /** Listens on a free port of 127.0.0.1 until {@link #close()}. */
    public FakeVault() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public URI address() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Creates (or rotates to a new version of) an ed25519 key; returns its raw public key for that version. */
    public byte[] rotate(String name) {
        Ed25519PrivateKeyParameters key = new Ed25519PrivateKeyParameters(random);
        keys.computeIfAbsent(name, n -> new CopyOnWriteArrayList<>()).add(key);
        types.putIfAbsent(name, "ed25519");
        return key.generatePublicKey().getEncoded();
    }

    void addKeyOfType(String name, String type) {
        rotate(name);
        types.put(name, type);
    }

    void answerEveryRequestWith(int status) {
        forcedStatus.set(status);
    }

    /** Answers nothing until {@link #behaveNormally()} or {@link #close()}: a Vault that hangs. */
    void holdAnswers() {
        hold.set(new CountDownLatch(1));
    }

    void answerSignature(String signature) {
        forcedSignature.set(signature);
    }

    void behaveNormally() {
        forcedStatus.set(0);
        hold.getAndSet(new CountDownLatch(0)).countDown();
        forcedSignature.set(null);
    }

    /** Every request received so far, in order. */
    public List<Request> requests() {
        return new ArrayList<>(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String token = exchange.getRequestHeaders().getFirst("X-Vault-Token");
            requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), token,
                    exchange.getRequestHeaders().getFirst("X-Vault-Namespace"),
                    body.isEmpty() ? null : JSON.readTree(body)));
            await(hold.get());
            if (forcedStatus.get() != 0) {
                send(exchange, forcedStatus.get(), "{\"errors\":[\"internal error\"]}");
                return;
            }
            if (!TOKEN.equals(token)) {
                send(exchange, 403, "{\"errors\":[\"permission denied\"]}");
                return;
            }
            Matcher path = PATH.matcher(exchange.getRequestURI().getPath());
            if (!path.matches() || !path.group(1).equals("transit") || !keys.containsKey(path.group(3))) {
                send(exchange, 404, "{\"errors\":[]}");
                return;
            }
            String name = path.group(3);
            if (path.group(2).equals("keys") && exchange.getRequestMethod().equals("GET")) {
                send(exchange, 200, readKey(name));
            } else if (path.group(2).equals("sign") && exchange.getRequestMethod().equals("POST")) {
                JsonNode request = JSON.readTree(body);
                send(exchange, request.hasNonNull("input") ? 200 : 400, sign(name, request));
            } else {
                send(exchange, 405, "{\"errors\":[]}");
            }
        }
    }

    private String readKey(String name) {
        List<Ed25519PrivateKeyParameters> versions = keys.get(name);
        ObjectNode data = JSON.createObjectNode().put("name", name).put("type", types.get(name))
                .put("latest_version", versions.size()).put("min_decryption_version", 1);
        ObjectNode keyVersions = data.putObject("keys");
        for (int v = 1; v <= versions.size(); v++) {
            keyVersions.putObject(Integer.toString(v)).put("name", "ed25519")
                    .put("creation_time", "2025-01-01T00:00:00Z")
                    .put("public_key", base64(versions.get(v - 1).generatePublicKey().getEncoded()));
        }
        return JSON.createObjectNode().set("data", data).toString();
    }

    private String sign(String name, JsonNode request) {
        if (!request.hasNonNull("input")) {
            return "{\"errors\":[\"missing input to process\"]}";
        }
        List<Ed25519PrivateKeyParameters> versions = keys.get(name);
        int version = request.path("key_version").asInt(0) == 0 ? versions.size() : request.path("key_version").asInt();
        byte[] input = Base64.getDecoder().decode(request.get("input").asText());
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, versions.get(version - 1));
        signer.update(input, 0, input.length);
        String signature = forcedSignature.get() != null ? forcedSignature.get()
                : "vault:v" + version + ":" + base64(signer.generateSignature());
        ObjectNode data = JSON.createObjectNode().put("signature", signature).put("key_version", version);
        return JSON.createObjectNode().set("data", data).toString();
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        hold.get().countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
