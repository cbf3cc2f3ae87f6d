package dev.stickerplatform.application.auth;

import dev.stickerplatform.domain.model.Hashes;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;

/**
 * The two ways a wallet signs arbitrary data, and Ed25519 verification with the JDK's own provider.
 * <ul>
 *   <li>Pera {@code signData} / algosdk {@code signBytes}: Ed25519 over {@code "MX" + bytes} (the prefix keeps a
 *       signed message from ever being a valid transaction, which is signed as {@code "TX" + msgpack}).</li>
 *   <li>ARC-60 AUTH scope: Ed25519 over {@code sha256(data) ‖ sha256(authenticatorData)}, where {@code data} is the
 *       canonical JSON (RFC 8785) and the first 32 bytes of {@code authenticatorData} are {@code sha256(domain)}.</li>
 * </ul>
 */
public final class WalletSignatures {
    private static final byte[] MX = "MX".getBytes(StandardCharsets.US_ASCII);
    /** DER header of an X.509 SubjectPublicKeyInfo for Ed25519; the raw 32-byte key follows it. */
    private static final byte[] X509_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};

    private WalletSignatures() {
    }

    /** What {@code signBytes(message)} signs: {@code "MX" + message}. */
    public static byte[] signBytesPayload(byte[] message) {
        byte[] payload = Arrays.copyOf(MX, MX.length + message.length);
        System.arraycopy(message, 0, payload, MX.length, message.length);
        return payload;
    }

    /** What an ARC-60 AUTH signature signs: {@code sha256(data) ‖ sha256(authenticatorData)}. */
    public static byte[] arc60Payload(byte[] data, byte[] authenticatorData) {
        byte[] payload = Arrays.copyOf(Hashes.sha256(data), 64);
        System.arraycopy(Hashes.sha256(authenticatorData), 0, payload, 32, 32);
        return payload;
    }

    /** Whether ARC-60 authenticator data names {@code domain}: its first 32 bytes are {@code sha256(domain)}. */
    public static boolean arc60NamesDomain(byte[] authenticatorData, String domain) {
        return authenticatorData.length >= 32 && MessageDigest.isEqual(Arrays.copyOf(authenticatorData, 32),
                Hashes.sha256(domain.getBytes(StandardCharsets.UTF_8)));
    }

    /** Whether {@code signature} is a valid Ed25519 signature of {@code payload} by the raw 32-byte public key. */
    public static boolean verify(byte[] publicKey, byte[] payload, byte[] signature) {
        return verify(publicKey, payload, signature, null);
    }

    /** As {@link #verify(byte[], byte[], byte[])} with the Ed25519 of {@code provider} (null: the JDK's default). */
    public static boolean verify(byte[] publicKey, byte[] payload, byte[] signature, Provider provider) {
        if (publicKey.length != 32 || signature.length != 64) {
            return false;
        }
        byte[] encoded = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + 32);
        System.arraycopy(publicKey, 0, encoded, X509_PREFIX.length, 32);
        try {
            KeyFactory keys = provider == null ? KeyFactory.getInstance("Ed25519")
                    : KeyFactory.getInstance("Ed25519", provider);
            PublicKey key = keys.generatePublic(new X509EncodedKeySpec(encoded));
            Signature verifier = provider == null ? Signature.getInstance("Ed25519")
                    : Signature.getInstance("Ed25519", provider);
            verifier.initVerify(key);
            verifier.update(payload);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // a public key that is not a curve point cannot have signed anything
            return false;
        }
    }
}
