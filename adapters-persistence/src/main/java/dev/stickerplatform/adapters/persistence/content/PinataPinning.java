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
 * Pinata's pinning API, authenticated with a JWT ({@code Authorization: Bearer …}): files through
 * {@code POST /pinning/pinFileToIPFS} ({@code multipart/form-data}: {@code file}, {@code pinataOptions}
 * {@code {"cidVersion":1}}, {@code pinataMetadata} {@code {"name":…}}), JSON documents through
 * {@code POST /pinning/pinJSONToIPFS} (JSON objects only; {@code pinataContent} is our JSON verbatim; Pinata stores it re-serialised
 * compactly, which for the platform's compact metadata gives the same bytes, and the caller's CID check catches
 * any case where it would not), unpinning through {@code DELETE /pinning/unpin/{cid}} (a CID not pinned counts
 * as done). Both pin calls answer {@code {"IpfsHash": …, "PinSize": …, "Timestamp": …}}. Pinata serves content
 * only through a gateway: {@code cat} reads {@code gatewayUrl/ipfs/{cid}} when one is configured.
 */
public final class PinataPinning implements PinningService {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String apiUrl;
    private final String jwt;
    private final String gatewayUrl;
    private final Duration timeout;
    private final ServiceCalls calls;

    /**
     * @param apiUrl     e.g. {@code https://api.pinata.cloud}
     * @param gatewayUrl a gateway to read content from ({@code …/ipfs/{cid}}), or null
     */
    public PinataPinning(String apiUrl, String jwt, String gatewayUrl, Duration timeout) {
        Objects.requireNonNull(apiUrl, "apiUrl");
        this.apiUrl = apiUrl.endsWith("/") ? apiUrl.substring(0, apiUrl.length() - 1) : apiUrl;
        this.jwt = Objects.requireNonNull(jwt, "jwt");
        this.gatewayUrl = gatewayUrl == null ? null
                : gatewayUrl.endsWith("/") ? gatewayUrl.substring(0, gatewayUrl.length() - 1) : gatewayUrl;
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.calls = new ServiceCalls(describe(), timeout);
    }

    @Override
    public String add(byte[] content, String name, String mimeType) {
        String metadata = "{\"name\":" + quoted(name) + "}";
        HttpRequest request;
        if (mimeType.equals("application/json") && isJsonObject(content)) {
            byte[] body = ("{\"pinataOptions\":{\"cidVersion\":1},\"pinataMetadata\":" + metadata
                    + ",\"pinataContent\":" + new String(content, StandardCharsets.UTF_8) + "}")
                    .getBytes(StandardCharsets.UTF_8);
            request = api("/pinning/pinJSONToIPFS").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        } else {
            Multipart body = new Multipart().file("file", name, mimeType, content)
                    .field("pinataOptions", "{\"cidVersion\":1}")
                    .field("pinataMetadata", metadata);
            request = api("/pinning/pinFileToIPFS").header("Content-Type", body.contentType())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build();
        }
        HttpResponse<byte[]> response = calls.send(request);
        if (response.statusCode() != 200) {
            throw calls.refused("the pin of " + name, response);
        }
        try {
            JsonNode node = JSON.readTree(response.body());
            if (node == null || !node.hasNonNull("IpfsHash")) {
                throw new ContentStoreUnavailableException(describe() + " answered a pin without IpfsHash");
            }
            return node.get("IpfsHash").asText();
        } catch (IOException e) {
            throw new ContentStoreUnavailableException(describe() + " answered a pin with something not JSON", e);
        }
    }

    @Override
    public void remove(String cid) {
        HttpResponse<byte[]> response = calls.send(api("/pinning/unpin/" + encode(cid)).DELETE().build());
        String body = new String(response.body(), StandardCharsets.UTF_8);
        if (response.statusCode() == 200 || response.statusCode() == 404
                || body.contains("CURRENT_USER_HAS_NOT_PINNED_CID")) {
            return;
        }
        throw calls.refused("unpin " + cid, response);
    }

    @Override
    public Optional<byte[]> cat(String cid) {
        if (gatewayUrl == null) {
            return Optional.empty();
        }
        HttpResponse<byte[]> response = calls.send(HttpRequest.newBuilder(
                URI.create(gatewayUrl + "/ipfs/" + encode(cid))).timeout(timeout).GET().build());
        if (response.statusCode() == 200) {
            return Optional.of(response.body());
        }
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        throw calls.refused("the read of " + cid, response);
    }

    @Override
    public String describe() {
        return "pinata " + apiUrl;
    }

    private HttpRequest.Builder api(String path) {
        return HttpRequest.newBuilder(URI.create(apiUrl + path)).timeout(timeout)
                .header("Authorization", "Bearer " + jwt);
    }

    private static boolean isJsonObject(byte[] content) {
        try {
            JsonNode node = JSON.readTree(content);
            return node != null && node.isObject();
        } catch (IOException e) {
            return false;
        }
    }

    private static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text == null ? "" : text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
