package dev.stickerplatform.adapters.algorand.simulated;

/**
 * Ed25519 verification (RFC 8032, BouncyCastle's implementation: several times faster than the JDK's, and the
 * simulated ledger verifies every signature of every transaction); also checks the signatures attached to prepared
 * transactions.
 */
public final class Ed25519 {
    private Ed25519() {
    }

    public static boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
        if (publicKey == null || signature == null || message == null || publicKey.length != 32
                || signature.length != 64) {
            return false;
        }
        try {
            return org.bouncycastle.math.ec.rfc8032.Ed25519.verify(signature, 0, publicKey, 0, message, 0,
                    message.length);
        } catch (RuntimeException e) {
            // a public key that is not a curve point cannot have signed anything
            return false;
        }
    }
}
