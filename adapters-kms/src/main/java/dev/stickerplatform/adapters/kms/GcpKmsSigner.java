package dev.stickerplatform.adapters.kms;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.port.SignerUnavailableException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.zip.CRC32C;

/**
 * Signs with a Google Cloud KMS key version of algorithm {@code EC_SIGN_ED25519} over Cloud KMS's REST API
 * ({@link GcpKmsApi}): {@code getPublicKey} once at start-up (the PEM SubjectPublicKeyInfo gives the Algorand
 * address), then {@code asymmetricSign} with the bytes in the {@code data} field, which Cloud KMS signs with pure
 * Ed25519 (a {@code digest} would not be what Algorand verifies). Both directions carry CRC32C checksums, as Google
 * recommends: the request's is checked by KMS ({@code verifiedDataCrc32c}), the answer's here; a mismatch is a
 * corruption in transit and is retried.
 *
 * <p>The REST route instead of the gRPC client library: two calls need neither gRPC, Netty nor protobuf, and the
 * official auth library still handles every kind of credential. Throttling and transient failures are retried with
 * back-off ({@link Backoff}); every signature is verified against the address before it is returned; every failure
 * is a {@link SignerUnavailableException}. Thread-safe.
 */
public final class GcpKmsSigner extends RemoteSigner {
    static final String ALGORITHM = "EC_SIGN_ED25519";

    private final GcpKmsConfig config;
    private final GcpKmsApi api;
    private final Backoff backoff;

    private GcpKmsSigner(GcpKmsConfig config, GcpKmsApi api, Backoff backoff, Address address) {
        super("Cloud KMS", config.keyId(), address);
        this.config = config;
        this.api = api;
        this.backoff = backoff;
    }

    /** Reads the key version's public key and checks its algorithm; throws if any of it fails. */
    public static GcpKmsSigner connect(GcpKmsConfig config) {
        return connect(config, Backoff.DEFAULT);
    }

    static GcpKmsSigner connect(GcpKmsConfig config, Backoff backoff) {
        Objects.requireNonNull(config, "config");
        GcpKmsApi api = GcpKmsApi.open(config);
        return closingOnFailure(api::close, () -> {
            JsonNode key = backoff.call(api::getPublicKey, RemoteFailure::isPassing);
            String algorithm = key.path("algorithm").asText("");
            if (!ALGORITHM.equals(algorithm)) {
                throw new SignerUnavailableException("Cloud KMS key version " + config.keyVersion() + " has algorithm "
                        + (algorithm.matches("[A-Z0-9_]{1,60}") ? algorithm : "(unknown)")
                        + "; Algorand signs with Ed25519 keys: create it with algorithm " + ALGORITHM);
            }
            String pem = key.path("pem").asText("");
            if (key.hasNonNull("pemCrc32c") && key.path("pemCrc32c").asLong(-1) != crc32c(
                    pem.getBytes(StandardCharsets.UTF_8))) {
                throw new SignerUnavailableException("the public key of " + config.keyId() + " was corrupted in"
                        + " transit (CRC32C mismatch)");
            }
            Address address = Address.fromPublicKey(RemoteSignerChecks.fromPem(pem, config.keyId()));
            return new GcpKmsSigner(config, api, backoff, address);
        });
    }

    @Override
    byte[] signRemotely(byte[] bytesToSign) {
        String body = toJson(Map.of("data", Base64.getEncoder().encodeToString(bytesToSign),
                "dataCrc32c", Long.toString(crc32c(bytesToSign))));
        return backoff.call(() -> signature(api.asymmetricSign(body)), RemoteFailure::isPassing);
    }

    /** The signature of an answer whose checksums hold; a corrupted request or answer is worth another call. */
    private byte[] signature(JsonNode answer) {
        if (!answer.path("verifiedDataCrc32c").asBoolean(false)) {
            throw new RemoteFailure("Cloud KMS did not verify the checksum of the data sent for " + config.keyId(),
                    true, null);
        }
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(answer.path("signature").asText(""));
        } catch (IllegalArgumentException e) {
            throw new RemoteFailure("Cloud KMS answered an invalid signature for " + config.keyId(), false, e);
        }
        if (answer.hasNonNull("signatureCrc32c") && answer.path("signatureCrc32c").asLong(-1) != crc32c(signature)) {
            throw new RemoteFailure("the signature from " + config.keyId() + " was corrupted in transit (CRC32C"
                    + " mismatch)", true, null);
        }
        return signature;
    }

    static long crc32c(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return crc.getValue();
    }

    @Override
    void closeClient() {
        api.close();
    }
}
