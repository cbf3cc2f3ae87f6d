package dev.stickerplatform.adapters.persistence.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pinata's pinning API as published: {@code Authorization: Bearer <JWT>} on every call (401
 * {@code INVALID_CREDENTIALS} otherwise); {@code POST /pinning/pinFileToIPFS} with a {@code multipart/form-data}
 * {@code file} and optional {@code pinataOptions} / {@code pinataMetadata} JSON fields; {@code POST
 * /pinning/pinJSONToIPFS} with {@code {"pinataContent", "pinataOptions", "pinataMetadata"}}, storing the content
 * re-serialised compactly; both answer {@code {"IpfsHash","PinSize","Timestamp","isDuplicate"}} with a CIDv1
 * (raw leaves) when {@code cidVersion} is 1 and a CIDv0 otherwise; {@code DELETE /pinning/unpin/{cid}} answers
 * {@code OK}, or 400 {@code CURRENT_USER_HAS_NOT_PINNED_CID}. It is also the gateway: {@code GET /ipfs/{cid}}.
 * A rate-limit switch answers 429 as Pinata does past its limit. Thread-safe.
 */
public final class PinataDouble extends HttpDouble {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String jwt;
    private final Map<String, byte[]> pins = new ConcurrentHashMap<>();
    private final Map<String, String> names = new ConcurrentHashMap<>();
    private volatile boolean rateLimited;
    private volatile String cidOverride;

    public PinataDouble(String jwt) {
        this.jwt = jwt;
    }

    public void rateLimited(boolean value) {
        rateLimited = value;
    }

    /** Answers pins with this CID whatever the bytes; null: the real one. */
    public void answerPinsWith(String cid) {
        cidOverride = cid;
    }

    public boolean isPinned(String cid) {
        return pins.containsKey(cid);
    }

    /** The {@code pinataMetadata.name} a CID was pinned with. */
    public String nameOf(String cid) {
        return names.get(cid);
    }

    @Override
    protected void handle(HttpExchange exchange, String path, Map<String, String> query, byte[] body)
            throws IOException {
        String method = exchange.getRequestMethod();
        if (method.equals("GET") && path.startsWith("/ipfs/")) {
            byte[] bytes = pins.get(path.substring(6));
            send(exchange, bytes == null ? 404 : 200, "application/octet-stream", bytes == null ? new byte[0] : bytes);
            return;
        }
        if (!("Bearer " + jwt).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            error(exchange, 401, "INVALID_CREDENTIALS", "Invalid/expired credentials provided");
            return;
        }
        if (rateLimited) {
            error(exchange, 429, "RATE_LIMITED", "Too many requests");
            return;
        }
        if (method.equals("POST") && path.equals("/pinning/pinFileToIPFS")) {
            MultipartForm form = MultipartForm.parse(exchange.getRequestHeaders().getFirst("Content-Type"), body);
            MultipartForm.Part file = form == null ? null : form.parts().get("file");
            if (file == null) {
                error(exchange, 400, "KEYS_MUST_BE_PROVIDED", "file is required");
                return;
            }
            MultipartForm.Part options = form.parts().get("pinataOptions");
            MultipartForm.Part metadata = form.parts().get("pinataMetadata");
            pinned(exchange, file.bytes(), options == null ? null : JSON.readTree(options.bytes()),
                    metadata == null ? null : JSON.readTree(metadata.bytes()));
        } else if (method.equals("POST") && path.equals("/pinning/pinJSONToIPFS")) {
            JsonNode request;
            try {
                request = JSON.readTree(body);
            } catch (IOException e) {
                error(exchange, 400, "INVALID_REQUEST", "the body is not JSON");
                return;
            }
            if (request == null || !request.has("pinataContent")) {
                error(exchange, 400, "INVALID_REQUEST", "pinataContent is required");
                return;
            }
            pinned(exchange, JSON.writeValueAsBytes(request.get("pinataContent")), request.get("pinataOptions"),
                    request.get("pinataMetadata"));
        } else if (method.equals("DELETE") && path.startsWith("/pinning/unpin/")) {
            String cid = path.substring("/pinning/unpin/".length());
            if (pins.remove(cid) == null) {
                error(exchange, 400, "CURRENT_USER_HAS_NOT_PINNED_CID", "The current user has not pinned the cid: "
                        + cid);
                return;
            }
            send(exchange, 200, "text/plain", "OK".getBytes(StandardCharsets.UTF_8));
        } else {
            error(exchange, 404, "NOT_FOUND", "no such endpoint");
        }
    }

    private void pinned(HttpExchange exchange, byte[] content, JsonNode options, JsonNode metadata)
            throws IOException {
        boolean v1 = options != null && options.path("cidVersion").asInt(0) == 1;
        String cid = cidOverride != null ? cidOverride : v1 ? UnixFsCid.of(content)
                : "Qm" + UnixFsCid.raw(content).substring(10, 54);
        boolean duplicate = pins.putIfAbsent(cid, content) != null;
        if (metadata != null && metadata.hasNonNull("name")) {
            names.put(cid, metadata.get("name").asText());
        }
        json(exchange, 200, "{\"IpfsHash\":\"" + cid + "\",\"PinSize\":" + content.length
                + ",\"Timestamp\":\"2026-01-01T00:00:00.000Z\",\"isDuplicate\":" + duplicate + "}");
    }

    private static void error(HttpExchange exchange, int status, String reason, String details) throws IOException {
        json(exchange, status, "{\"error\":{\"reason\":\"" + reason + "\",\"details\":\"" + details + "\"}}");
    }
}
