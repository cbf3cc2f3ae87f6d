package dev.stickerplatform.domain.model;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The two digests Algorand and IPFS need; both ship with every JDK. */
public final class Hashes {
    private Hashes() {
    }

    /** SHA-512/256, Algorand's hash for addresses, transaction ids and ABI selectors. */
    public static byte[] sha512_256(byte[]... parts) {
        return digest("SHA-512/256", parts);
    }

    public static byte[] sha256(byte[]... parts) {
        return digest("SHA-256", parts);
    }

    private static byte[] digest(String algorithm, byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance(algorithm);
            for (byte[] part : parts) {
                digest.update(part);
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " missing from the JDK", e);
        }
    }
}
