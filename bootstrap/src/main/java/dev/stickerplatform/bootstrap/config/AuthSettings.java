package dev.stickerplatform.bootstrap.config;

import dev.stickerplatform.adapters.http.auth.SigningKeys;
import dev.stickerplatform.domain.model.Address;
import java.net.URI;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Wallet sign-in and access tokens, from {@code JWT_SIGNING_KEY} (+ {@code JWT_SIGNING_KEY_ID}),
 * {@code JWT_PREVIOUS_PUBLIC_KEY} (+ {@code JWT_PREVIOUS_KEY_ID}) during a key rotation, {@code JWT_ISSUER},
 * {@code JWT_AUDIENCE}, {@code AUTH_DOMAIN} and {@code ADMIN_WALLETS}. Authentication is never off: without a
 * configured key one is generated at start-up (tokens then die with the process); mainnet refuses to start
 * without one ({@link StartupGuards}).
 *
 * @param signingKey        the 32-byte Ed25519 seed that signs tokens, or null to generate one at start-up
 * @param signingKeyId      its {@code kid}, or null for its JWK thumbprint
 * @param previousPublicKey the raw 32-byte public key of the previous signing key, or null
 * @param previousKeyId     its {@code kid}, or null for its JWK thumbprint
 * @param issuer            the tokens' {@code iss} (default: the public base URL)
 * @param audience          the tokens' {@code aud} (default {@code sticker-platform-api})
 * @param domain            the domain the sign-in message names (default: host[:port] of the public base URL)
 * @param uri               the URI the sign-in message names (the public base URL)
 * @param admins            the wallets that sign in with role admin
 */
public record AuthSettings(byte[] signingKey, String signingKeyId, byte[] previousPublicKey, String previousKeyId,
                           String issuer, String audience, String domain, String uri, Set<Address> admins) {
    static final String DEFAULT_AUDIENCE = "sticker-platform-api";
    /** DER header of a PKCS#8 Ed25519 private key (RFC 8410); the 32-byte seed follows. */
    private static final byte[] PKCS8_PREFIX = HexFormat.of().parseHex("302e020100300506032b657004220420");
    /** DER header of an X.509 Ed25519 public key (RFC 8410); the 32-byte key follows. */
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    public AuthSettings {
        signingKey = signingKey == null ? null : signingKey.clone();
        previousPublicKey = previousPublicKey == null ? null : previousPublicKey.clone();
        admins = Set.copyOf(admins);
    }

    static AuthSettings fromEnv(Env env, String publicBaseUrl) {
        byte[] seed = key(env, "JWT_SIGNING_KEY", "PRIVATE KEY", PKCS8_PREFIX);
        byte[] previous = key(env, "JWT_PREVIOUS_PUBLIC_KEY", "PUBLIC KEY", X509_PREFIX);
        String authority;
        try {
            authority = URI.create(publicBaseUrl).getAuthority();
        } catch (IllegalArgumentException e) {
            throw new ConfigException("PUBLIC_BASE_URL must be a URL such as https://api.example, got '"
                    + publicBaseUrl + "'");
        }
        Set<Address> admins = new LinkedHashSet<>();
        for (String wallet : env.list("ADMIN_WALLETS", "")) {
            try {
                admins.add(new Address(wallet));
            } catch (IllegalArgumentException e) {
                throw new ConfigException("ADMIN_WALLETS must be Algorand addresses separated by commas: "
                        + e.getMessage());
            }
        }
        return new AuthSettings(seed, keyId(env, "JWT_SIGNING_KEY_ID"), previous, keyId(env, "JWT_PREVIOUS_KEY_ID"),
                env.string("JWT_ISSUER", publicBaseUrl), env.string("JWT_AUDIENCE", DEFAULT_AUDIENCE),
                env.string("AUTH_DOMAIN", authority == null ? "localhost" : authority), publicBaseUrl,
                admins);
    }

    /** A copy: the seed never leaves as the record's own array. */
    @Override
    public byte[] signingKey() {
        return signingKey == null ? null : signingKey.clone();
    }

    @Override
    public byte[] previousPublicKey() {
        return previousPublicKey == null ? null : previousPublicKey.clone();
    }

    /** The key ring: the configured (or a freshly generated) signing key, plus the previous key if any. */
    public SigningKeys signingKeys() {
        SigningKeys keys = signingKey == null ? SigningKeys.generate() : SigningKeys.fromSeed(signingKey, signingKeyId);
        return previousPublicKey == null ? keys : keys.withPrevious(previousPublicKey, previousKeyId);
    }

    public boolean generatesKey() {
        return signingKey == null;
    }

    public AuthSettings withAdmins(Set<Address> newAdmins) {
        return new AuthSettings(signingKey, signingKeyId, previousPublicKey, previousKeyId, issuer, audience, domain,
                uri, newAdmins);
    }

    /** A fixed signing key (32-byte Ed25519 seed) and id, e.g. shared by several processes. */
    public AuthSettings withSigningKey(byte[] seed, String keyId) {
        return new AuthSettings(seed, keyId, previousPublicKey, previousKeyId, issuer, audience, domain, uri, admins);
    }

    /** A previous key (raw 32-byte public key) whose tokens stay valid until they expire. */
    public AuthSettings withPreviousKey(byte[] publicKey, String keyId) {
        return new AuthSettings(signingKey, signingKeyId, publicKey, keyId, issuer, audience, domain, uri, admins);
    }

    private static String keyId(Env env, String name) {
        String id = env.string(name, null);
        if (id != null && !id.matches("[A-Za-z0-9._~-]{1,100}")) {
            throw new ConfigException(name + " must be 1 to 100 letters, digits or . _ ~ -, got '" + id + "'");
        }
        return id;
    }

    /**
     * A 32-byte key from a variable: PEM, base64 (standard or url-safe) of the DER form or of the raw 32 bytes, or
     * 64 hex digits. Null when the variable is not set.
     */
    static byte[] key(Env env, String name, String pemLabel, byte[] derPrefix) {
        String text = env.string(name, null);
        if (text == null) {
            return null;
        }
        String body = text.replace("-----BEGIN " + pemLabel + "-----", "")
                .replace("-----END " + pemLabel + "-----", "").replaceAll("\\s", "");
        byte[] bytes;
        if (body.matches("[0-9a-fA-F]{64}")) {
            bytes = HexFormat.of().parseHex(body);
        } else {
            try {
                bytes = Base64.getDecoder().decode(body.replace('-', '+').replace('_', '/'));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(name + " must be an Ed25519 key: PEM, base64 or hex (see README)");
            }
        }
        if (bytes.length == derPrefix.length + 32 && Arrays.equals(derPrefix, Arrays.copyOf(bytes, derPrefix.length))) {
            bytes = Arrays.copyOfRange(bytes, derPrefix.length, bytes.length);
        }
        if (bytes.length != 32) {
            throw new ConfigException(name + " must be a 32-byte Ed25519 key (or its " + pemLabel.toLowerCase(Locale.ROOT)
                    + " in PEM/DER), got " + bytes.length + " bytes");
        }
        return bytes;
    }

    /** Never shows key material. */
    @Override
    public String toString() {
        return "AuthSettings[signingKey=" + (signingKey == null ? "generated at start-up" : "configured")
                + ", signingKeyId=" + signingKeyId + ", previousKey=" + (previousPublicKey != null)
                + ", issuer=" + issuer + ", audience=" + audience + ", domain=" + domain + ", uri=" + uri
                + ", admins=" + admins + "]";
    }
}
