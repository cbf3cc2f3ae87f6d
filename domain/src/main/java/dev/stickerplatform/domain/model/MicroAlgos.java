package dev.stickerplatform.domain.model;

import java.math.BigDecimal;
import java.math.BigInteger;

/** An amount of ALGO in microAlgos (1 ALGO = 1,000,000). Never negative; arithmetic is overflow-checked. */
public record MicroAlgos(long value) implements Comparable<MicroAlgos> {
    public static final MicroAlgos ZERO = new MicroAlgos(0);
    private static final BigDecimal PER_ALGO = BigDecimal.valueOf(1_000_000);

    public MicroAlgos {
        if (value < 0) {
            throw new IllegalArgumentException("amount must not be negative");
        }
    }

    public static MicroAlgos of(long micro) {
        return new MicroAlgos(micro);
    }

    public static MicroAlgos ofAlgo(long algo) {
        return new MicroAlgos(Math.multiplyExact(algo, 1_000_000L));
    }

    /**
     * Converts an exact decimal ALGO amount. More than six decimals, a negative amount or one that does
     * not fit a uint64-safe long is an {@link IllegalArgumentException}; nothing is ever rounded.
     */
    public static MicroAlgos fromAlgo(BigDecimal algo) {
        BigDecimal micro = algo.multiply(PER_ALGO);
        BigInteger exact;
        try {
            exact = micro.toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("ALGO amounts have at most 6 decimals");
        }
        if (exact.signum() < 0) {
            throw new IllegalArgumentException("amount must not be negative");
        }
        if (exact.bitLength() > 63) {
            throw new IllegalArgumentException("amount is too large");
        }
        return new MicroAlgos(exact.longValueExact());
    }

    public MicroAlgos plus(MicroAlgos other) {
        return new MicroAlgos(Math.addExact(value, other.value));
    }

    public MicroAlgos minus(MicroAlgos other) {
        return new MicroAlgos(Math.subtractExact(value, other.value));
    }

    public boolean isAtLeast(MicroAlgos other) {
        return value >= other.value;
    }

    /** The amount in ALGO as an exact decimal without trailing zeros (e.g. 2.01, 10). */
    public BigDecimal toAlgo() {
        BigDecimal algo = BigDecimal.valueOf(value, 6).stripTrailingZeros();
        return algo.scale() < 0 ? algo.setScale(0) : algo;
    }

    /** The ALGO amount as a plain decimal string with six decimals, e.g. "2.010000". */
    public String toAlgoString() {
        return BigDecimal.valueOf(value, 6).toPlainString();
    }

    @Override
    public int compareTo(MicroAlgos other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return value + " µALGO";
    }
}
