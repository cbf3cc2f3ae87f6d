package dev.stickerplatform.adapters.kms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.port.SignerUnavailableException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;

/**
 * Signs with a HashiCorp Vault Transit key of type {@code ed25519} (pure Ed25519) over Vault's documented HTTP API:
 * {@code GET /v1/<mount>/keys/<key>} for the public key at start-up, {@code POST /v1/<mount>/sign/<key>} with
 * {@code {"input": base64, "key_version": n}} per signature, answered by {@code data.signature =
 * "vault:v<n>:<base64>"}. The key version is pinned when the signer starts, so rotating the key in Vault never
 * changes the account behind the platform's back (Algorand rotation is a rekey, not a Vault rotation).
 *
 * <p>Every signature is verified against the address before it is returned. HTTP errors, timeouts and malformed
 * answers become {@link SignerUnavailableException}s that name the key and the HTTP status, never the token or the
 * response body. Thread-safe: one {@link HttpClient} serves all callers.
 */
public final class VaultTransitSigner extends RemoteSigner {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final VaultTransitConfig config;
    private final HttpClient http;
    private final int keyVersion;
    private final String keyId;

    private VaultTransitSigner(VaultTransitConfig config, HttpClient http, int keyVersion, Address address,
                               String keyId) {
        super("Vault", keyId, address);
        this.config = config;
        this.http = http;
        this.keyVersion = keyVersion;
        this.keyId = keyId;
    }

    /** Reads the key from Vault (type, version, public key); throws if Vault refuses or the key is unusable. */
    public static VaultTransitSigner connect(VaultTransitConfig config) {
        Objects.requireNonNull(config, "config");
        HttpClient http = HttpClient.newBuilder().connectTimeout(config.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        return closingOnFailure(http::close, () -> {
            JsonNode data = call(http, config, request(config, "keys").GET(), "reading key").path("data");
            if (!"ed25519".equals(data.path("type").asText())) {
                throw new SignerUnavailableException("Vault key " + config.keyId() + " is not of type ed25519");
            }
            int version = config.keyVersion() != 0 ? config.keyVersion() : data.path("latest_version").asInt(0);
            String publicKey = data.path("keys").path(Integer.toString(version)).path("public_key").asText("");
            byte[] raw = decodeBase64(publicKey, "public key of " + config.keyId());
            if (raw.length != RemoteSignerChecks.PUBLIC_KEY_BYTES) {
                throw new SignerUnavailableException("Vault key " + config.keyId() + " has no Ed25519 public key for"
                        + " version " + version);
            }
            return new VaultTransitSigner(config, http, version, Address.fromPublicKey(raw),
                    "vault:" + config.mount() + "/" + config.key() + ":v" + version);
        });
    }

    @Override
    byte[] signRemotely(byte[] bytesToSign) {
        String body = toJson(Map.of("input", Base64.getEncoder().encodeToString(bytesToSign),
                "key_version", keyVersion));
        JsonNode data = call(http, config, request(config, "sign")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)), "signing").path("data");
        String signature = data.path("signature").asText("");
        String prefix = "vault:v" + keyVersion + ":";
        if (!signature.startsWith(prefix)) {
            throw new SignerUnavailableException("Vault answered a signature of another key version than "
                    + keyId);
        }
        return decodeBase64(signature.substring(prefix.length()), "signature from " + keyId);
    }

    private static HttpRequest.Builder request(VaultTransitConfig config, String operation) {
        String base = Endpoints.base(config.address());
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + "/v1/" + config.mount() + "/"
                        + operation + "/" + config.key()))
                .timeout(config.timeout())
                .header("X-Vault-Token", config.token().reveal())
                .header("X-Vault-Request", "true");
        if (config.namespace() != null) {
            builder.header("X-Vault-Namespace", config.namespace());
        }
        return builder;
    }

    private static JsonNode call(HttpClient http, VaultTransitConfig config, HttpRequest.Builder request,
                                 String what) {
        String failure = "Vault " + what + " with " + config.keyId();
        HttpResponse<String> response = send(http, request.build(), failure, config.timeout(), config.address(),
                (message, passing, cause) -> new SignerUnavailableException(message, cause));
        if (response.statusCode() != 200) {
            throw new SignerUnavailableException(failure + " failed: HTTP " + response.statusCode());
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new SignerUnavailableException(failure + " failed: the answer is not JSON");
        }
    }

    private static byte[] decodeBase64(String text, String what) {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new SignerUnavailableException("Vault answered an invalid " + what);
        }
    }

    @Override
    void closeClient() {
        http.close();
    }
}
