package dev.stickerplatform.adapters.http.auth;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;

/** Raw Ed25519 key bytes (32-byte seeds and public keys) to and from the JDK's own key objects. */
final class Ed25519Keys {
    /** DER header of an X.509 SubjectPublicKeyInfo for Ed25519 (RFC 8410); the raw 32-byte key follows it. */
    private static final byte[] X509_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};
    /** DER header of a PKCS#8 PrivateKeyInfo for Ed25519 (RFC 8410); the 32-byte seed follows it. */
    private static final byte[] PKCS8_PREFIX = {0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65,
            0x70, 0x04, 0x22, 0x04, 0x20};

    private Ed25519Keys() {
    }

    /** The key pair of a 32-byte seed. */
    static KeyPair fromSeed(byte[] seed) {
        requireLength(seed, "seed");
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            // the JDK draws exactly the 32 seed bytes from the random source: hand it the seed
            generator.initialize(NamedParameterSpec.ED25519, new SecureRandom() {
                @Override
                public void nextBytes(byte[] bytes) {
                    System.arraycopy(seed, 0, bytes, 0, Math.min(bytes.length, seed.length));
                }
            });
            KeyPair derived = generator.generateKeyPair();
            PrivateKey privateKey = KeyFactory.getInstance("Ed25519").generatePrivate(
                    new PKCS8EncodedKeySpec(concat(PKCS8_PREFIX, seed)));
            return new KeyPair(derived.getPublic(), privateKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no Ed25519", e);
        }
    }

    static PublicKey publicKey(byte[] raw) {
        requireLength(raw, "public key");
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(concat(X509_PREFIX, raw)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 public key", e);
        }
    }

    /** The raw 32 bytes of a JDK Ed25519 public key (the end of its X.509 encoding). */
    static byte[] raw(PublicKey key) {
        byte[] encoded = key.getEncoded();
        return Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
    }

    private static void requireLength(byte[] bytes, String what) {
        if (bytes == null || bytes.length != 32) {
            throw new IllegalArgumentException("an Ed25519 " + what + " is 32 bytes");
        }
    }

    private static byte[] concat(byte[] prefix, byte[] raw) {
        byte[] out = Arrays.copyOf(prefix, prefix.length + raw.length);
        System.arraycopy(raw, 0, out, prefix.length, raw.length);
        return out;
    }
}
