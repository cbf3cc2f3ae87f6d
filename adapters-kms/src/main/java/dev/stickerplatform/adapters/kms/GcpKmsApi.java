package dev.stickerplatform.adapters.kms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.auth.Retryable;
import com.google.auth.oauth2.GoogleCredentials;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/**
 * The two Cloud KMS REST calls a {@link GcpKmsSigner} makes, on the JDK's HTTP client with an OAuth access token
 * from Application Default Credentials (the auth library refreshes and caches it). Each failure is a
 * {@link RemoteFailure}: throttling ({@code 429}), {@code 5xx}, timeouts, lost connections and retryable token
 * failures pass; everything else does not. Messages name the operation, the key version, the HTTP status and
 * Google's status code, never a token or a response body.
 */
final class GcpKmsApi implements AutoCloseable {
    static final String SCOPE = "https://www.googleapis.com/auth/cloudkms";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> HINTS = Map.of(
            "FAILED_PRECONDITION", "the key version is not enabled (disabled, destroyed or not yet generated)",
            "PERMISSION_DENIED", "the credentials may not use this key version (cloudkms.cryptoKeyVersions"
                    + ".viewPublicKey, .useToSign)",
            "NOT_FOUND", "no such key version",
            "UNAUTHENTICATED", "Google refused the access token",
            "RESOURCE_EXHAUSTED", "still throttled after the retries",
            "INVALID_ARGUMENT", "Cloud KMS refused the request");

    private final GcpKmsConfig config;
    private final GoogleCredentials credentials;
    private final HttpClient http;

    private GcpKmsApi(GcpKmsConfig config, GoogleCredentials credentials, HttpClient http) {
        this.config = config;
        this.credentials = credentials;
        this.http = http;
    }

    /** Loads Application Default Credentials, scoped to Cloud KMS; throws when there are none. */
    static GcpKmsApi open(GcpKmsConfig config) {
        GoogleCredentials credentials;
        try {
            credentials = GoogleCredentials.getApplicationDefault();
        } catch (IOException e) {
            throw new RemoteFailure("no Google Application Default Credentials for " + config.keyId() + ": "
                    + RemoteFailure.firstLine(e.getMessage()), false, e);
        }
        if (credentials.createScopedRequired()) {
            credentials = credentials.createScoped(List.of(SCOPE));
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(config.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        return new GcpKmsApi(config, credentials, http);
    }

    /** {@code GET v1/<version>/publicKey}. */
    JsonNode getPublicKey() {
        return send("getPublicKey", request("/publicKey").GET());
    }

    /** {@code POST v1/<version>:asymmetricSign} with {@code body}. */
    JsonNode asymmetricSign(String body) {
        return send("asymmetricSign", request(":asymmetricSign").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpRequest.Builder request(String suffix) {
        return HttpRequest.newBuilder(URI.create(Endpoints.base(config.endpoint()) + "/v1/" + config.keyVersion()
                + suffix)).timeout(config.timeout());
    }

    private JsonNode send(String operation, HttpRequest.Builder request) {
        String failure = "Cloud KMS " + operation + " with " + config.keyId();
        authorize(request, failure);
        HttpResponse<String> response = RemoteSigner.send(http, request.build(), failure, config.timeout(),
                config.endpoint(), RemoteFailure::new);
        JsonNode body = parse(response.body());
        int status = response.statusCode();
        if (status != 200) {
            String code = body == null ? "" : body.path("error").path("status").asText("");
            code = code.matches("[A-Z_]{1,40}") ? code : "";
            String hint = HINTS.get(code);
            throw new RemoteFailure(failure + " failed: HTTP " + status + (code.isEmpty() ? "" : " " + code)
                    + (hint == null ? "" : ": " + hint), status == 429 || status >= 500, null);
        }
        if (body == null) {
            throw new RemoteFailure(failure + " failed: the answer is not JSON", true, null);
        }
        return body;
    }

    private void authorize(HttpRequest.Builder request, String failure) {
        Map<String, List<String>> headers;
        try {
            headers = credentials.getRequestMetadata(URI.create(Endpoints.base(config.endpoint())));
        } catch (IOException e) {
            boolean passing = e instanceof Retryable retryable && retryable.isRetryable();
            throw new RemoteFailure(failure + " failed: no access token from Application Default Credentials ("
                    + RemoteFailure.firstLine(e.getMessage()) + ")", passing, e);
        }
        headers.forEach((name, values) -> values.forEach(value -> request.header(name, value)));
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void close() {
        http.close();
    }
}
