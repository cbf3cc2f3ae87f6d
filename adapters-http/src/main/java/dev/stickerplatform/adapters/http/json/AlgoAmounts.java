package dev.stickerplatform.adapters.http.json;

import dev.stickerplatform.domain.model.MicroAlgos;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Exact ALGO amounts from clients: a decimal number or a decimal string, converted to microAlgos without any
 * rounding. More than 6 decimals, a negative amount, or one beyond what a microAlgo count can hold is refused
 * with a message a client can act on. Huge exponents are refused before any arithmetic, so they cost nothing.
 */
public final class AlgoAmounts {
    /** The most integer digits an ALGO amount can have (2^63 microAlgos ≈ 9.2 × 10^12 ALGO). */
    private static final int MAX_INTEGER_DIGITS = 13;
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,20}(\\.[0-9]{1,20})?");

    private AlgoAmounts() {
    }

    /** Parses a decimal string such as {@code "2.01"}; throws {@link IllegalArgumentException} saying why not. */
    public static MicroAlgos parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("must be an ALGO amount such as 1.5");
        }
        if (!DECIMAL.matcher(text).matches()) {
            throw new IllegalArgumentException("must be a decimal ALGO amount such as 1.5");
        }
        return of(new BigDecimal(text));
    }

    /** Converts an exact decimal ALGO amount; throws {@link IllegalArgumentException} saying why not. */
    public static MicroAlgos of(BigDecimal algo) {
        if (algo.signum() < 0) {
            throw new IllegalArgumentException("must not be negative");
        }
        BigDecimal exact = algo.signum() == 0 ? BigDecimal.ZERO : algo.stripTrailingZeros();
        if (exact.scale() > 6) {
            throw new IllegalArgumentException("must have at most 6 decimals (1 microAlgo = 0.000001 ALGO)");
        }
        if (exact.precision() - exact.scale() > MAX_INTEGER_DIGITS) {
            throw tooLarge();
        }
        try {
            return MicroAlgos.fromAlgo(exact);
        } catch (IllegalArgumentException e) {
            throw tooLarge();
        }
    }

    private static IllegalArgumentException tooLarge() {
        return new IllegalArgumentException("is too large (at most "
                + BigDecimal.valueOf(Long.MAX_VALUE, 6).toPlainString() + " ALGO)");
    }
}
