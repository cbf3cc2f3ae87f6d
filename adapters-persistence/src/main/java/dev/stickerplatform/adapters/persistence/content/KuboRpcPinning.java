package dev.stickerplatform.adapters.persistence.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stickerplatform.domain.port.ContentStoreUnavailableException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Kubo's RPC API ({@code /api/v0}, every command a POST), which IPFS Cluster's proxy and most pinning gateways
 * also speak. {@code add} uploads one file as {@code multipart/form-data} with {@code cid-version=1} (which
 * implies raw leaves; {@code raw-leaves=true} says so anyway) and {@code pin=false}, then {@code pin/add} pins the
 * CID; {@code pin/rm} unpins ("not pinned" counts as done); {@code cat} reads what {@code pin/ls} says is pinned. Errors come back as HTTP 500 with
 * {@code {"Message": …, "Code": …, "Type": "error"}}, or 4xx from a proxy in front; all of them, and every
 * connection failure, are {@link ContentStoreUnavailableException}.
 *
 * @param authorization the {@code Authorization} header value for a proxy or gateway in front (e.g.
 *                      {@code Bearer …} or {@code Basic …}), or null for a bare node
 */
public final class KuboRpcPinning implements PinningService {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final String authorization;
    private final Duration timeout;
    private final ServiceCalls calls;

    public KuboRpcPinning(String baseUrl, String authorization, Duration timeout) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.authorization = authorization;
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.calls = new ServiceCalls(describe(), timeout);
    }

    @Override
    public String add(byte[] content, String name, String mimeType) {
        Multipart body = new Multipart().file("file", name, mimeType, content);
        HttpResponse<byte[]> response = calls.send(post("add?cid-version=1&raw-leaves=true&pin=false&quieter=true",
                HttpRequest.BodyPublishers.ofByteArray(body.bytes())).header("Content-Type", body.contentType())
                .build());
        if (response.statusCode() != 200) {
            throw calls.refused("add", response);
        }
        // one JSON object per line (progress and files); with quieter, the last line is the file's
        String[] lines = new String(response.body(), StandardCharsets.UTF_8).strip().split("\n");
        String cid = field(lines[lines.length - 1], "Hash");
        HttpResponse<byte[]> pinned = calls.send(post("pin/add?arg=" + encode(cid),
                HttpRequest.BodyPublishers.noBody()).build());
        if (pinned.statusCode() != 200) {
            throw calls.refused("pin/add " + cid, pinned);
        }
        return cid;
    }

    @Override
    public void remove(String cid) {
        HttpResponse<byte[]> response = calls.send(post("pin/rm?arg=" + encode(cid),
                HttpRequest.BodyPublishers.noBody()).build());
        if (response.statusCode() == 200 || message(response).contains("not pinned")) {
            return;
        }
        throw calls.refused("pin/rm " + cid, response);
    }

    /** Only content the node pins ({@code pin/ls} first): an unpinned block may linger until the node's GC. */
    @Override
    public Optional<byte[]> cat(String cid) {
        HttpResponse<byte[]> pinned = calls.send(post("pin/ls?type=recursive&arg=" + encode(cid),
                HttpRequest.BodyPublishers.noBody()).build());
        if (pinned.statusCode() != 200) {
            if (message(pinned).contains("not pinned")) {
                return Optional.empty();
            }
            throw calls.refused("pin/ls " + cid, pinned);
        }
        HttpResponse<byte[]> response = calls.send(post("cat?arg=" + encode(cid),
                HttpRequest.BodyPublishers.noBody()).build());
        if (response.statusCode() == 200) {
            return Optional.of(response.body());
        }
        if (message(response).contains("not found")) {
            return Optional.empty();
        }
        throw calls.refused("cat " + cid, response);
    }

    @Override
    public String describe() {
        return "kubo " + baseUrl;
    }

    private HttpRequest.Builder post(String command, HttpRequest.BodyPublisher body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v0/" + command))
                .timeout(timeout).POST(body);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request;
    }

    /** The {@code Message} of a Kubo error body, or "" when the body is not one. */
    private static String message(HttpResponse<byte[]> response) {
        try {
            JsonNode node = JSON.readTree(response.body());
            return node != null && node.hasNonNull("Message") ? node.get("Message").asText() : "";
        } catch (IOException e) {
            return "";
        }
    }

    private String field(String line, String name) {
        try {
            JsonNode node = JSON.readTree(line);
            if (node == null || !node.hasNonNull(name)) {
                throw new ContentStoreUnavailableException(describe() + " answered add without a " + name);
            }
            return node.get(name).asText();
        } catch (IOException e) {
            throw new ContentStoreUnavailableException(describe() + " answered add with something not JSON", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
