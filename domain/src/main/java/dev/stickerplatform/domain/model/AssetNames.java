package dev.stickerplatform.domain.model;

import java.nio.charset.StandardCharsets;

/** ASA names are limited to 32 bytes; templates can have longer, multi-byte names. */
public final class AssetNames {
    public static final int MAX_BYTES = 32;

    private AssetNames() {
    }

    /** The longest prefix of {@code name} whose UTF-8 encoding fits 32 bytes, never splitting a character. */
    public static String truncate(String name) {
        StringBuilder out = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > MAX_BYTES) {
                break;
            }
            out.appendCodePoint(cp);
            bytes += size;
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
