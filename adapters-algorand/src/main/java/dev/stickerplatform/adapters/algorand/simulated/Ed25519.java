package dev.stickerplatform.adapters.algorand.simulated;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;

/**
 * Ed25519 verification with the JDK's own provider (no third-party crypto on the hot path); also checks the
 * signatures attached to prepared transactions.
 */
public final class Ed25519 {
    /** DER header of an X.509 SubjectPublicKeyInfo for Ed25519; the raw 32-byte key follows it. */
    private static final byte[] X509_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};

    private Ed25519() {
    }

    public static boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
        byte[] encoded = new byte[X509_PREFIX.length + publicKey.length];
        System.arraycopy(X509_PREFIX, 0, encoded, 0, X509_PREFIX.length);
        System.arraycopy(publicKey, 0, encoded, X509_PREFIX.length, publicKey.length);
        try {
            PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(message);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // a public key that is not a curve point cannot have signed anything
            return false;
        }
    }
}
