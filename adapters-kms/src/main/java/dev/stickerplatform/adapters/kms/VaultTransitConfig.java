package dev.stickerplatform.adapters.kms;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a {@link VaultTransitSigner} signs: a HashiCorp Vault (or OpenBao) server, a token allowed to read and sign
 * with one Transit key of type {@code ed25519}, the secrets-engine mount and the key name.
 *
 * @param address    base URL, e.g. {@code https://vault.internal:8200}; plain {@code http} only to a loopback host
 * @param token      the Vault token, sent as {@code X-Vault-Token}
 * @param mount      the Transit mount path, usually {@code transit}
 * @param key        the key name
 * @param keyVersion the key version to sign with; 0 = the latest version when the signer starts (pinned from then
 *                   on, so a rotation in Vault never silently changes the account's key)
 * @param namespace  Vault Enterprise / HCP namespace, or null
 * @param timeout    connect and per-request timeout
 */
public record VaultTransitConfig(URI address, Secret token, String mount, String key, int keyVersion,
                                 String namespace, Duration timeout) implements SignerConfig {
    public static final String DEFAULT_MOUNT = "transit";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    private static final Pattern KEY_NAME = Pattern.compile("[A-Za-z0-9_.-]+");
    private static final Pattern MOUNT_PATH = Pattern.compile("[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*");

    public VaultTransitConfig {
        Objects.requireNonNull(address, "the Vault address is required");
        Objects.requireNonNull(token, "the Vault token is required");
        Objects.requireNonNull(timeout, "the Vault timeout is required");
        Endpoints.requireSafe(address, "the Vault address");
        mount = mount == null || mount.isBlank() ? DEFAULT_MOUNT : mount.replaceAll("^/+|/+$", "");
        if (!MOUNT_PATH.matcher(mount).matches()) {
            throw new IllegalArgumentException("the Vault mount path may hold letters, digits, '_', '-', '.', '/'");
        }
        if (key == null || !KEY_NAME.matcher(key).matches()) {
            throw new IllegalArgumentException("the Vault key name is required (letters, digits, '_', '-', '.')");
        }
        if (keyVersion < 0) {
            throw new IllegalArgumentException("the Vault key version must be 0 (latest) or positive");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the Vault timeout must be positive");
        }
        namespace = namespace == null || namespace.isBlank() ? null : namespace;
    }

    /** The usual case: latest key version, mount {@code transit}, no namespace, 5 s timeout. */
    public static VaultTransitConfig of(URI address, Secret token, String key) {
        return new VaultTransitConfig(address, token, DEFAULT_MOUNT, key, 0, null, DEFAULT_TIMEOUT);
    }

    @Override
    public boolean isDevelopmentOnly() {
        return false;
    }

    @Override
    public String keyId() {
        return "vault:" + mount + "/" + key + (keyVersion == 0 ? "" : ":v" + keyVersion);
    }

    @Override
    public String toString() {
        return "VaultTransitConfig[address=" + address + ", key=" + keyId() + ", namespace=" + namespace
                + ", timeout=" + timeout + "]";
    }
}
