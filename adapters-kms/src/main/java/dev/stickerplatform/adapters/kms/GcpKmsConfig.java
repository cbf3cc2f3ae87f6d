package dev.stickerplatform.adapters.kms;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a {@link GcpKmsSigner} signs: one Google Cloud KMS key version of algorithm {@code EC_SIGN_ED25519}, named by
 * its full resource name. Credentials are not configured here: Application Default Credentials find them
 * ({@code GOOGLE_APPLICATION_CREDENTIALS}, the gcloud user's, or the workload's service account).
 *
 * @param keyVersion {@code projects/<p>/locations/<l>/keyRings/<r>/cryptoKeys/<k>/cryptoKeyVersions/<v>}; a version,
 *                   never a key, so a new primary version never changes the account behind the platform's back
 * @param endpoint   the Cloud KMS REST endpoint; {@link #DEFAULT_ENDPOINT} unless a private or regional endpoint
 *                   (or a test double) is used; plain {@code http} only to a loopback address
 * @param timeout    connect and per-request timeout
 */
public record GcpKmsConfig(String keyVersion, URI endpoint, Duration timeout) implements SignerConfig {
    public static final URI DEFAULT_ENDPOINT = URI.create("https://cloudkms.googleapis.com");
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    private static final String SEGMENT = "[A-Za-z0-9_.-]{1,100}";
    private static final Pattern VERSION = Pattern.compile("projects/" + SEGMENT + "/locations/" + SEGMENT
            + "/keyRings/" + SEGMENT + "/cryptoKeys/" + SEGMENT + "/cryptoKeyVersions/[0-9]{1,10}");

    public GcpKmsConfig {
        if (keyVersion == null || !VERSION.matcher(keyVersion).matches()) {
            throw new IllegalArgumentException("the Cloud KMS key version must be a resource name projects/…/locations/"
                    + "…/keyRings/…/cryptoKeys/…/cryptoKeyVersions/<number>");
        }
        endpoint = endpoint == null ? DEFAULT_ENDPOINT : endpoint;
        Endpoints.requireSafe(endpoint, "the Cloud KMS endpoint");
        Objects.requireNonNull(timeout, "the Cloud KMS timeout is required");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the Cloud KMS timeout must be positive");
        }
    }

    /** The usual case: the public endpoint, 5 s timeout. */
    public static GcpKmsConfig of(String keyVersion) {
        return new GcpKmsConfig(keyVersion, DEFAULT_ENDPOINT, DEFAULT_TIMEOUT);
    }

    @Override
    public boolean isDevelopmentOnly() {
        return false;
    }

    @Override
    public String keyId() {
        return "gcp-kms:" + keyVersion;
    }

    @Override
    public String toString() {
        return "GcpKmsConfig[key=" + keyId() + ", endpoint=" + endpoint + ", timeout=" + timeout + "]";
    }
}
