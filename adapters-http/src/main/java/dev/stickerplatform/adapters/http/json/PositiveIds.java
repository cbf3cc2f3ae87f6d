package dev.stickerplatform.adapters.http.json;

import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * Ids from clients (asset, template and sticker ids), in the body or the path: a positive integer that fits a
 * signed 64-bit integer. A bad one is refused with a message a client can act on; the caller names the field.
 */
public final class PositiveIds {
    /** What an id that is not a positive integer is told. */
    public static final String NOT_POSITIVE = "must be a positive integer";
    private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private PositiveIds() {
    }

    /**
     * Parses decimal digits (no sign, nothing around them, at most {@code maxDigits}); throws
     * {@link IllegalArgumentException} saying why not.
     */
    public static long parse(String text, int maxDigits) {
        if (text == null || !Pattern.matches("[0-9]{1," + maxDigits + "}", text)) {
            throw new IllegalArgumentException(NOT_POSITIVE);
        }
        return of(new BigInteger(text));
    }

    /** Checks an integer; throws {@link IllegalArgumentException} saying why it is not an id. */
    public static long of(BigInteger value) {
        if (value.signum() <= 0) {
            throw new IllegalArgumentException(NOT_POSITIVE);
        }
        if (value.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("must be at most " + Long.MAX_VALUE);
        }
        return value.longValueExact();
    }
}
