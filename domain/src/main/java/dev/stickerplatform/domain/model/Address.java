package dev.stickerplatform.domain.model;

import java.util.Arrays;

/**
 * An Algorand address: a 32-byte Ed25519 public key, written as 58 characters of base32 with a
 * 4-byte SHA-512/256 checksum. Construction always validates the checksum.
 */
public record Address(String value) {
    public static final int LENGTH = 58;
    /** The all-zero address Algorand uses for "not set" (e.g. no rekey, no clawback). */
    public static final Address ZERO = fromPublicKey(new byte[32]);

    public Address {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("address is required");
        }
        if (value.length() != LENGTH) {
            throw new IllegalArgumentException("address must be 58 characters, got " + value.length());
        }
        byte[] raw;
        try {
            raw = Base32.decode(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("address is not valid base32");
        }
        byte[] key = Arrays.copyOfRange(raw, 0, 32);
        if (!Arrays.equals(checksum(key), Arrays.copyOfRange(raw, 32, 36))) {
            throw new IllegalArgumentException("address checksum does not match");
        }
    }

    public static Address fromPublicKey(byte[] publicKey) {
        if (publicKey.length != 32) {
            throw new IllegalArgumentException("public key must be 32 bytes");
        }
        byte[] raw = Arrays.copyOf(publicKey, 36);
        System.arraycopy(checksum(publicKey), 0, raw, 32, 4);
        return new Address(Base32.encode(raw));
    }

    /** The 32 raw bytes of the public key. */
    public byte[] publicKey() {
        return Arrays.copyOfRange(Base32.decode(value), 0, 32);
    }

    /** The first characters, for log lines and messages that must not echo whole wallets. */
    public String shortForm() {
        return value.substring(0, 8) + "...";
    }

    private static byte[] checksum(byte[] publicKey) {
        byte[] hash = Hashes.sha512_256(publicKey);
        return Arrays.copyOfRange(hash, hash.length - 4, hash.length);
    }

    @Override
    public String toString() {
        return value;
    }
}
