package dev.stickerplatform.adapters.kms;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.port.SignerUnavailableException;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.KmsClientBuilder;
import software.amazon.awssdk.services.kms.model.GetPublicKeyResponse;
import software.amazon.awssdk.services.kms.model.MessageType;
import software.amazon.awssdk.services.kms.model.SignResponse;

/**
 * Signs with an AWS KMS key of key spec {@code ECC_NIST_EDWARDS25519}, through the AWS SDK for Java v2: one
 * {@code GetPublicKey} at start-up (the DER SubjectPublicKeyInfo gives the Algorand address; the key's ARN is pinned,
 * so re-pointing an alias never changes the account behind the platform's back), then one {@code Sign} per signature
 * with {@code ED25519_SHA_512} over a {@code RAW} message: pure Ed25519 over exactly the bytes Algorand signs
 * ({@code "TX" + msgpack}). The pre-hashed variant ({@code ED25519_PH_SHA_512}) makes signatures Algorand rejects.
 *
 * <p>KMS signs raw messages of at most {@value #MAX_MESSAGE_BYTES} bytes; a longer one is refused before any call.
 * Throttling and transient failures (5xx, timeouts, lost connections) are retried with back-off ({@link Backoff});
 * the SDK's own retries are off so there is one retry policy. Every signature is verified against the address before
 * it is returned. Every failure becomes a {@link SignerUnavailableException} naming the operation, the key and the
 * AWS error code, never credentials. Thread-safe: one SDK client serves all callers.
 */
public final class AwsKmsSigner extends RemoteSigner {
    /** The largest message KMS signs with {@code MessageType=RAW}. */
    public static final int MAX_MESSAGE_BYTES = 4096;
    static final String KEY_SPEC = "ECC_NIST_EDWARDS25519";
    static final String ALGORITHM = "ED25519_SHA_512";
    /** Server-side conditions that pass (besides throttling and any 5xx). */
    private static final Set<String> PASSING = Set.of("KMSInternalException", "KMSInternal",
            "DependencyTimeoutException", "KeyUnavailableException");
    private static final Map<String, String> HINTS = Map.of(
            "DisabledException", "the key is disabled",
            "KMSInvalidStateException", "the key is not usable now (pending deletion or import?)",
            "NotFoundException", "no such key in this account and region",
            "AccessDeniedException", "the credentials may not use this key (kms:GetPublicKey, kms:Sign)",
            "ThrottlingException", "still throttled after the retries",
            "UnrecognizedClientException", "AWS does not know the access key",
            "InvalidSignatureException", "AWS refused the request signature (secret key or clock?)",
            "InvalidKeyUsageException", "the key is not a SIGN_VERIFY key for " + ALGORITHM);

    private final KmsClient client;
    private final Backoff backoff;
    private final String keyArn;
    private final String keyId;

    private AwsKmsSigner(KmsClient client, Backoff backoff, String keyArn, String keyId, Address address) {
        super("AWS KMS", keyId, address);
        this.client = client;
        this.backoff = backoff;
        this.keyArn = keyArn;
        this.keyId = keyId;
    }

    /** Reads the key's public key and checks its spec, usage and algorithms; throws if any of it fails. */
    public static AwsKmsSigner connect(AwsKmsConfig config) {
        return connect(config, Backoff.DEFAULT);
    }

    static AwsKmsSigner connect(AwsKmsConfig config, Backoff backoff) {
        Objects.requireNonNull(config, "config");
        KmsClient client = client(config);
        String keyId = config.keyId();
        return closingOnFailure(client::close, () -> {
            GetPublicKeyResponse key = call(backoff, "GetPublicKey", keyId,
                    () -> client.getPublicKey(request -> request.keyId(config.key())));
            if (!KEY_SPEC.equals(key.keySpecAsString())) {
                throw new SignerUnavailableException("AWS KMS key " + keyId + " has key spec " + key.keySpecAsString()
                        + "; Algorand signs with Ed25519 keys: create it with key spec " + KEY_SPEC);
            }
            if (!"SIGN_VERIFY".equals(key.keyUsageAsString()) || !key.signingAlgorithmsAsStrings().contains(ALGORITHM)) {
                throw new SignerUnavailableException("AWS KMS key " + keyId + " cannot sign with " + ALGORITHM);
            }
            byte[] raw = RemoteSignerChecks.fromSubjectPublicKeyInfo(key.publicKey() == null ? null
                    : key.publicKey().asByteArray(), keyId);
            String arn = key.keyId() == null || key.keyId().isBlank() ? config.key() : key.keyId();
            return new AwsKmsSigner(client, backoff, arn, keyId, Address.fromPublicKey(raw));
        });
    }

    private static KmsClient client(AwsKmsConfig config) {
        try {
            // no credentialsProvider: the SDK's default chain (environment, profile, web identity, container, instance)
            KmsClientBuilder builder = KmsClient.builder()
                    .region(Region.of(config.region()))
                    .httpClientBuilder(UrlConnectionHttpClient.builder()
                            .connectionTimeout(config.timeout()).socketTimeout(config.timeout()))
                    .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry())
                            .apiCallAttemptTimeout(config.timeout()));
            if (config.endpoint() != null) {
                builder.endpointOverride(config.endpoint());
            }
            return builder.build();
        } catch (SdkException e) {
            throw new SignerUnavailableException("cannot set up the AWS KMS client for " + config.keyId() + ": "
                    + RemoteFailure.firstLine(e.getMessage()), e);
        }
    }

    @Override
    void refuse(byte[] bytesToSign) {
        if (bytesToSign.length == 0) {
            throw new IllegalArgumentException("nothing to sign: AWS KMS signs no empty message");
        }
        if (bytesToSign.length > MAX_MESSAGE_BYTES) {
            throw new SignerUnavailableException(String.format(Locale.ROOT, "AWS KMS signs raw messages of at most"
                    + " %,d bytes and this one has %,d: sign it with another kind of key (%s)", MAX_MESSAGE_BYTES,
                    bytesToSign.length, keyId));
        }
    }

    @Override
    byte[] signRemotely(byte[] bytesToSign) {
        SignResponse response = call(backoff, "Sign", keyId, () -> client.sign(request -> request.keyId(keyArn)
                .message(SdkBytes.fromByteArray(bytesToSign)).messageType(MessageType.RAW)
                .signingAlgorithm(ALGORITHM)));
        if (!ALGORITHM.equals(response.signingAlgorithmAsString()) || response.signature() == null) {
            throw new SignerUnavailableException("AWS KMS answered no " + ALGORITHM + " signature for " + keyId);
        }
        return response.signature().asByteArray();
    }

    private static <T> T call(Backoff backoff, String operation, String keyId, Supplier<T> call) {
        try {
            return backoff.call(call, AwsKmsSigner::passing);
        } catch (AwsServiceException e) {
            String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
            String hint = code == null ? null : HINTS.get(code);
            throw new SignerUnavailableException("AWS KMS " + operation + " with " + keyId + " failed: "
                    + (code == null ? "error" : code) + " (HTTP " + e.statusCode() + ")"
                    + (hint == null ? "" : ": " + hint), e);
        } catch (SdkClientException e) {
            throw new SignerUnavailableException("AWS KMS " + operation + " with " + keyId + " failed: "
                    + RemoteFailure.firstLine(e.getMessage()), e);
        } catch (SdkException e) {
            throw new SignerUnavailableException("AWS KMS " + operation + " with " + keyId + " failed", e);
        }
    }

    /** Throttling, any 5xx, KMS's transient conditions, timeouts and lost connections: worth another call. */
    static boolean passing(RuntimeException failure) {
        if (failure instanceof AwsServiceException e) {
            String code = e.awsErrorDetails() == null ? "" : e.awsErrorDetails().errorCode();
            return e.isThrottlingException() || e.statusCode() >= 500 || PASSING.contains(code);
        }
        if (failure instanceof SdkClientException) {
            for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof IOException || t.getClass().getSimpleName().contains("Timeout")) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    void closeClient() {
        client.close();
    }
}
