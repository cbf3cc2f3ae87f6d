package dev.stickerplatform.adapters.kms;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.Ed25519;
import dev.stickerplatform.domain.port.SignerUnavailableException;
import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/** Checks on what remote signers hand back: the raw public key, and every signature before it is used. */
final class RemoteSignerChecks {
    static final int PUBLIC_KEY_BYTES = Ed25519.PUBLIC_KEY_BYTES;
    /** Whose Ed25519 checks the signatures: BouncyCastle's, used by this class only, never installed. */
    private static final Provider ED25519 = new BouncyCastleProvider();
    /** DER header of an X.509 SubjectPublicKeyInfo for Ed25519 (RFC 8410); the raw 32-byte key follows it. */
    private static final byte[] SPKI_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21,
            0x00};

    private RemoteSignerChecks() {
    }

    /**
     * The raw key from a PKCS#11 {@code CKA_EC_POINT}: the standard DER OCTET STRING ({@code 04 20} + 32 bytes),
     * or the bare 32 bytes that some modules (and the wrapper, after unwrapping) return.
     */
    static byte[] fromEcPoint(byte[] ecPoint) {
        if (ecPoint != null && ecPoint.length == PUBLIC_KEY_BYTES) {
            return ecPoint.clone();
        }
        if (ecPoint != null && ecPoint.length == PUBLIC_KEY_BYTES + 2 && ecPoint[0] == 0x04
                && ecPoint[1] == PUBLIC_KEY_BYTES) {
            return java.util.Arrays.copyOfRange(ecPoint, 2, ecPoint.length);
        }
        throw new SignerUnavailableException("CKA_EC_POINT is not a 32-byte Ed25519 public key");
    }

    /**
     * The raw key from a DER SubjectPublicKeyInfo (what AWS KMS {@code GetPublicKey} returns, and what a PEM
     * {@code PUBLIC KEY} block holds); {@link SignerUnavailableException} when it is not an Ed25519 key.
     */
    static byte[] fromSubjectPublicKeyInfo(byte[] der, String keyId) {
        if (der == null || der.length != SPKI_PREFIX.length + PUBLIC_KEY_BYTES
                || !java.util.Arrays.equals(der, 0, SPKI_PREFIX.length, SPKI_PREFIX, 0, SPKI_PREFIX.length)) {
            throw new SignerUnavailableException("the public key of " + keyId + " is not an Ed25519 key");
        }
        return java.util.Arrays.copyOfRange(der, SPKI_PREFIX.length, der.length);
    }

    /** The DER SubjectPublicKeyInfo of a raw 32-byte Ed25519 key (what KMS services hand out). */
    static byte[] toSubjectPublicKeyInfo(byte[] raw) {
        if (raw.length != PUBLIC_KEY_BYTES) {
            throw new IllegalArgumentException("an Ed25519 public key has 32 bytes");
        }
        byte[] der = java.util.Arrays.copyOf(SPKI_PREFIX, SPKI_PREFIX.length + PUBLIC_KEY_BYTES);
        System.arraycopy(raw, 0, der, SPKI_PREFIX.length, PUBLIC_KEY_BYTES);
        return der;
    }

    /** The raw key from a PEM {@code -----BEGIN PUBLIC KEY-----} block (Google Cloud KMS {@code getPublicKey}). */
    static byte[] fromPem(String pem, String keyId) {
        String body = pem == null ? "" : pem.replace("-----BEGIN PUBLIC KEY-----", "")
                .replace("-----END PUBLIC KEY-----", "").replaceAll("\\s+", "");
        try {
            return fromSubjectPublicKeyInfo(java.util.Base64.getDecoder().decode(body), keyId);
        } catch (IllegalArgumentException e) {
            throw new SignerUnavailableException("the public key of " + keyId + " is not valid PEM");
        }
    }

    /** True if {@code signature} is a valid Ed25519 signature of {@code message} by {@code address}'s key. */
    static boolean verifies(Address address, byte[] message, byte[] signature) {
        return Ed25519.verify(address.publicKey(), message, signature, ED25519);
    }

    /**
     * Returns {@code signature} if it verifies; otherwise the remote key is not the one the address was derived
     * from (or the answer was corrupted), and using the signature would only fail later on chain.
     */
    static byte[] checked(Address address, byte[] message, byte[] signature, String keyId) {
        if (!verifies(address, message, signature)) {
            throw new SignerUnavailableException("the signature from " + keyId + " does not verify for "
                    + address.shortForm());
        }
        return signature;
    }
}
