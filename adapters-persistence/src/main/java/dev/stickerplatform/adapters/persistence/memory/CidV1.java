package dev.stickerplatform.adapters.persistence.memory;

import dev.stickerplatform.domain.model.Hashes;

/**
 * CIDv1 of raw bytes, as IPFS computes it for a single-block file with {@code --cid-version 1 --raw-leaves}:
 * multibase {@code b} (base32, lower case, no padding) of version 1, codec raw (0x55) and the sha2-256
 * multihash (0x12, length 0x20, digest).
 */
public final class CidV1 {
    private static final byte[] PREFIX = {0x01, 0x55, 0x12, 0x20};
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";

    private CidV1() {
    }

    public static String rawSha256(byte[] content) {
        byte[] digest = Hashes.sha256(content);
        byte[] cid = new byte[PREFIX.length + digest.length];
        System.arraycopy(PREFIX, 0, cid, 0, PREFIX.length);
        System.arraycopy(digest, 0, cid, PREFIX.length, digest.length);
        return "b" + base32(cid);
    }

    /** Whether the text has the shape of a base32 CIDv1 (safe to use as a file name). */
    public static boolean looksValid(String cid) {
        return cid != null && cid.length() <= 128 && cid.matches("b[a-z2-7]{20,}");
    }

    private static String base32(byte[] data) {
        StringBuilder out = new StringBuilder((data.length * 8 + 4) / 5);
        int buffer = 0;
        int bits = 0;
        for (byte b : data) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
        }
        return out.toString();
    }
}
