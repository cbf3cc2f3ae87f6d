package dev.stickerplatform.domain.model;

/** A round (block number) of the chain. */
public record Round(long value) implements Comparable<Round> {
    public static final Round ZERO = new Round(0);

    public Round {
        if (value < 0) {
            throw new IllegalArgumentException("round must not be negative");
        }
    }

    public static Round of(long value) {
        return new Round(value);
    }

    public Round next() {
        return new Round(Math.addExact(value, 1));
    }

    public Round plus(long rounds) {
        return new Round(Math.addExact(value, rounds));
    }

    public boolean isAfter(Round other) {
        return value > other.value;
    }

    @Override
    public int compareTo(Round other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
