package dev.stickerplatform.adapters.http.server;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque pagination cursor: URL-safe base64 of {@code "o:<offset>"}, or of {@code "k:<key>"} for lists paged by
 * key (the audit trail: records appended meanwhile must not shift a page). Clients must treat it as opaque, so the
 * encoding can change without breaking them.
 */
public final class Cursor {
    /** Deeper pages than this are refused; they only come from forged cursors. */
    static final int MAX_OFFSET = 10_000_000;
    private static final String PREFIX = "o:";

    private Cursor() {
    }

    public static String encode(int offset) {
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new IllegalArgumentException("offset out of range");
        }
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + offset).getBytes(StandardCharsets.US_ASCII));
    }

    /** The offset of a cursor; {@link IllegalArgumentException} for anything this class did not produce. */
    public static int decode(String cursor) {
        String text = text(cursor, 16);
        if (!text.matches("o:[0-9]{1,8}")) {
            throw new IllegalArgumentException("is not a valid cursor");
        }
        int offset = Integer.parseInt(text.substring(PREFIX.length()));
        if (offset > MAX_OFFSET) {
            throw new IllegalArgumentException("is not a valid cursor");
        }
        return offset;
    }

    /** A keyset cursor: continue after (below) {@code key}, a positive number. */
    public static String encodeKey(long key) {
        if (key < 1) {
            throw new IllegalArgumentException("key out of range");
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("k:" + key).getBytes(StandardCharsets.US_ASCII));
    }

    /** The key of a keyset cursor; {@link IllegalArgumentException} for anything {@link #encodeKey} did not produce. */
    public static long decodeKey(String cursor) {
        String text = text(cursor, 32);
        if (!text.matches("k:[1-9][0-9]{0,17}")) {
            throw new IllegalArgumentException("is not a valid cursor");
        }
        return Long.parseLong(text.substring(2));
    }

    /** The decoded text of a cursor of at most {@code maxLength} characters. */
    private static String text(String cursor, int maxLength) {
        if (cursor == null || cursor.isEmpty() || cursor.length() > maxLength) {
            throw new IllegalArgumentException("is not a valid cursor");
        }
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("is not a valid cursor");
        }
    }
}
