package dev.stickerplatform.application.auth;

import dev.stickerplatform.domain.model.Hashes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * The two ways a wallet signs arbitrary data; {@link dev.stickerplatform.domain.model.Ed25519} checks the signatures.
 * <ul>
 *   <li>Pera {@code signData} / algosdk {@code signBytes}: Ed25519 over {@code "MX" + bytes} (the prefix keeps a
 *       signed message from ever being a valid transaction, which is signed as {@code "TX" + msgpack}).</li>
 *   <li>ARC-60 AUTH scope: Ed25519 over {@code sha256(data) ‖ sha256(authenticatorData)}, where {@code data} is the
 *       canonical JSON (RFC 8785) and the first 32 bytes of {@code authenticatorData} are {@code sha256(domain)}.</li>
 * </ul>
 */
public final class WalletSignatures {
    private static final byte[] MX = "MX".getBytes(StandardCharsets.US_ASCII);

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
}
