package dev.stickerplatform.domain.model;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;

/**
 * Ed25519 signature verification (RFC 8032) over a raw 32-byte public key: the one verifier of the platform (wallet
 * sign-in, approvals, the simulated ledger, prepared transactions, what remote signers hand back). It uses the JCA,
 * so a caller may name the provider whose Ed25519 does the work (adapters pass BouncyCastle's, several times faster
 * than the JDK's); by default the JDK's own. Signing stays with whoever holds the key.
 */
public final class Ed25519 {
    public static final int PUBLIC_KEY_BYTES = 32;
    public static final int SIGNATURE_BYTES = 64;
    /** DER header of an X.509 SubjectPublicKeyInfo for Ed25519 (RFC 8410); the raw 32-byte key follows it. */
    private static final byte[] X509_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};

    private Ed25519() {
    }

    /**
     * Whether {@code signature} is a valid Ed25519 signature of {@code message} by the raw 32-byte {@code publicKey},
     * with the JDK's Ed25519. False, never an exception, for a missing or malformed key or signature.
     */
    public static boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
        return verify(publicKey, message, signature, null);
    }

    /** As {@link #verify(byte[], byte[], byte[])} with the Ed25519 of {@code provider} (null: the JDK's default). */
    public static boolean verify(byte[] publicKey, byte[] message, byte[] signature, Provider provider) {
        if (publicKey == null || message == null || signature == null || publicKey.length != PUBLIC_KEY_BYTES
                || signature.length != SIGNATURE_BYTES) {
            return false;
        }
        byte[] encoded = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + PUBLIC_KEY_BYTES);
        System.arraycopy(publicKey, 0, encoded, X509_PREFIX.length, PUBLIC_KEY_BYTES);
        try {
            KeyFactory keys = provider == null ? KeyFactory.getInstance("Ed25519")
                    : KeyFactory.getInstance("Ed25519", provider);
            PublicKey key = keys.generatePublic(new X509EncodedKeySpec(encoded));
            Signature verifier = provider == null ? Signature.getInstance("Ed25519")
                    : Signature.getInstance("Ed25519", provider);
            verifier.initVerify(key);
            verifier.update(message);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            // a public key that is not a curve point cannot have signed anything
            return false;
        }
    }
}
