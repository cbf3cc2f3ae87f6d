package dev.stickerplatform.adapters.http.auth;

import dev.stickerplatform.domain.model.Hashes;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Ed25519 keys of access tokens: one current key that signs (and verifies), and during a rotation the public
 * keys of previous ones, which still verify the tokens they signed until those expire (15 minutes). Each key has
 * an id ({@code kid}); without a configured one it is the key's RFC 7638 JWK thumbprint, the same in every
 * process that holds the key.
 */
public final class SigningKeys {
    private final String currentId;
    private final PrivateKey signingKey;
    private final Map<String, PublicKey> verificationKeys;

    private SigningKeys(String currentId, PrivateKey signingKey, Map<String, PublicKey> verificationKeys) {
        this.currentId = currentId;
        this.signingKey = signingKey;
        this.verificationKeys = verificationKeys;
    }

    /** A fresh random key, for a process whose tokens need not outlive it (the embedded default). */
    public static SigningKeys generate() {
        byte[] seed = new byte[32];
        new SecureRandom().nextBytes(seed);
        return fromSeed(seed, null);
    }

    /** The key of a 32-byte Ed25519 seed, with {@code keyId} or (when null) its thumbprint as id. */
    public static SigningKeys fromSeed(byte[] seed, String keyId) {
        KeyPair pair = Ed25519Keys.fromSeed(seed);
        String id = keyId == null ? thumbprint(Ed25519Keys.raw(pair.getPublic())) : requireId(keyId);
        Map<String, PublicKey> keys = new LinkedHashMap<>();
        keys.put(id, pair.getPublic());
        return new SigningKeys(id, pair.getPrivate(), Map.copyOf(keys));
    }

    /** These keys plus a previous key (raw 32-byte public key) that still verifies its tokens. */
    public SigningKeys withPrevious(byte[] publicKey, String keyId) {
        PublicKey key = Ed25519Keys.publicKey(publicKey);
        String id = keyId == null ? thumbprint(publicKey) : requireId(keyId);
        if (verificationKeys.containsKey(id)) {
            throw new IllegalArgumentException("two verification keys have the id " + id);
        }
        Map<String, PublicKey> keys = new LinkedHashMap<>(verificationKeys);
        keys.put(id, key);
        return new SigningKeys(currentId, signingKey, Map.copyOf(keys));
    }

    public String currentId() {
        return currentId;
    }

    PrivateKey signingKey() {
        return signingKey;
    }

    Optional<PublicKey> verificationKey(String keyId) {
        return keyId == null ? Optional.empty() : Optional.ofNullable(verificationKeys.get(keyId));
    }

    /** The public keys as a JWK Set (RFC 7517, OKP keys of RFC 8037), the current key first. */
    public Map<String, Object> jwks() {
        List<Map<String, Object>> keys = new ArrayList<>();
        keys.add(jwk(currentId, verificationKeys.get(currentId)));
        verificationKeys.forEach((id, key) -> {
            if (!id.equals(currentId)) {
                keys.add(jwk(id, key));
            }
        });
        return Map.of("keys", List.copyOf(keys));
    }

    /**
     * The JCA provider whose Ed25519 signs and verifies access tokens (BouncyCastle: several times faster than the
     * JDK's); wallet signatures can be verified with it too.
     */
    public static java.security.Provider ed25519Provider() {
        return Ed25519Keys.PROVIDER;
    }

    /** The RFC 7638 thumbprint of an Ed25519 public key: base64url(sha256 of its canonical JWK members). */
    public static String thumbprint(byte[] publicKey) {
        String members = "{\"crv\":\"Ed25519\",\"kty\":\"OKP\",\"x\":\"" + base64Url(publicKey) + "\"}";
        return base64Url(Hashes.sha256(members.getBytes(StandardCharsets.UTF_8)));
    }

    private static Map<String, Object> jwk(String id, PublicKey key) {
        Map<String, Object> jwk = new LinkedHashMap<>();
        jwk.put("kty", "OKP");
        jwk.put("crv", "Ed25519");
        jwk.put("x", base64Url(Ed25519Keys.raw(key)));
        jwk.put("kid", id);
        jwk.put("alg", "EdDSA");
        jwk.put("use", "sig");
        return jwk;
    }

    private static String requireId(String keyId) {
        Objects.requireNonNull(keyId, "keyId");
        if (!keyId.matches("[A-Za-z0-9._~-]{1,100}")) {
            throw new IllegalArgumentException("a key id is 1 to 100 letters, digits or . _ ~ -");
        }
        return keyId;
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Names the keys, never shows them. */
    @Override
    public String toString() {
        return "SigningKeys[current=" + currentId + ", verifying=" + verificationKeys.keySet() + "]";
    }
}
