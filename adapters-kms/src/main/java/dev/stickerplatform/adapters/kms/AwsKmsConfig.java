package dev.stickerplatform.adapters.kms;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an {@link AwsKmsSigner} signs: an AWS KMS key of key spec {@code ECC_NIST_EDWARDS25519}, named by key id,
 * key ARN, alias ({@code alias/…}) or alias ARN, in a region. Credentials are not configured here: the SDK's default
 * chain finds them (environment, profile, web identity, container or instance role).
 *
 * @param key      the key id, key ARN, alias name or alias ARN (an alias is resolved to its key once, at start-up)
 * @param region   the AWS region, e.g. {@code eu-west-1}; may be null when {@code key} is an ARN (its region)
 * @param endpoint the KMS endpoint to call instead of the region's public one (a VPC or FIPS endpoint, a test
 *                 double), or null; plain {@code http} only to a loopback address
 * @param timeout  connect, read and per-attempt timeout
 */
public record AwsKmsConfig(String key, String region, URI endpoint, Duration timeout) implements SignerConfig {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9:/_.+=,@-]{1,2048}");
    private static final Pattern ARN = Pattern.compile("arn:aws[a-z-]*:kms:([a-z0-9-]+):[0-9]{12}:(key|alias)/.+");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-[0-9]+");

    public AwsKmsConfig {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("the AWS KMS key id, ARN or alias is required (letters, digits and"
                    + " :/_.+=,@-)");
        }
        Matcher arn = ARN.matcher(key);
        if (key.startsWith("arn:") && !arn.matches()) {
            throw new IllegalArgumentException("the AWS KMS key ARN is not of the form arn:aws:kms:<region>:<account>"
                    + ":key/<id> (or :alias/<name>)");
        }
        if (region == null || region.isBlank()) {
            if (!arn.matches()) {
                throw new IllegalArgumentException("the AWS region is required unless the key is given by its ARN");
            }
            region = arn.group(1);
        } else if (arn.matches() && !arn.group(1).equals(region)) {
            throw new IllegalArgumentException("the AWS region " + region + " is not the region of the key ARN ("
                    + arn.group(1) + ")");
        }
        if (!REGION.matcher(region).matches()) {
            throw new IllegalArgumentException("the AWS region is not a region name like eu-west-1");
        }
        if (endpoint != null) {
            Endpoints.requireSafe(endpoint, "the AWS KMS endpoint");
        }
        Objects.requireNonNull(timeout, "the AWS KMS timeout is required");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the AWS KMS timeout must be positive");
        }
    }

    /** The usual case: the region's public endpoint, 5 s timeout. */
    public static AwsKmsConfig of(String key, String region) {
        return new AwsKmsConfig(key, region, null, DEFAULT_TIMEOUT);
    }

    @Override
    public boolean isDevelopmentOnly() {
        return false;
    }

    @Override
    public String keyId() {
        return "aws-kms:" + (key.startsWith("arn:") ? key : region + ":" + key);
    }

    @Override
    public String toString() {
        return "AwsKmsConfig[key=" + keyId() + ", endpoint=" + endpoint + ", timeout=" + timeout + "]";
    }
}
