package dev.stickerplatform.domain.model;

import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/** A 32-byte digest (e.g. an ARC-3 metadata hash), compared by value. */
public record Hash32(String hex) {
    public Hash32 {
        if (hex == null || hex.length() != 64 || !hex.chars().allMatch(HexFormat::isHexDigit)) {
            throw new IllegalArgumentException("a 32-byte hash is 64 hex characters");
        }
        hex = hex.toLowerCase(java.util.Locale.ROOT);
    }

    public static Hash32 of(byte[] bytes) {
        if (bytes.length != 32) {
            throw new IllegalArgumentException("a 32-byte hash has 32 bytes");
        }
        return new Hash32(HexFormat.of().formatHex(bytes));
    }

    public byte[] bytes() {
        return HexFormat.of().parseHex(hex);
    }

    public String base64() {
        return Base64.getEncoder().encodeToString(bytes());
    }

    public boolean matches(byte[] bytes) {
        return Arrays.equals(bytes(), bytes);
    }
}
