package dev.stickerplatform.domain.model;

/**
 * The chain's integers are unsigned 64-bit (amounts, ASA totals, rounds, ids up to 2^64−1); Java's {@code long}
 * holds their bits. The platform's own values (microAlgos, ids, rounds it stores as BIGINT) stay below 2^63:
 * {@link #toSigned} says clearly when a chain value is beyond that, instead of wrapping to a negative number or
 * failing with an overflow deep inside.
 */
public final class Uint64 {
    private Uint64() {
    }

    /** {@code bits} read as a uint64, when it is at most 2^63−1; otherwise an {@link IllegalArgumentException}. */
    public static long toSigned(long bits, String what) {
        if (bits < 0) {
            throw new IllegalArgumentException(what + " " + Long.toUnsignedString(bits)
                    + " is beyond 2^63-1, the largest the platform holds");
        }
        return bits;
    }

    /** The decimal text of {@code bits} read as a uint64. */
    public static String toString(long bits) {
        return Long.toUnsignedString(bits);
    }
}
