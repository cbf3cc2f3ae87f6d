package dev.stickerplatform.adapters.http.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import java.util.function.Supplier;

/** A value read at most every {@code maxAge}; a failed read gives NaN and is retried on the next scrape. */
final class Snapshot<T> {
    private final Supplier<T> source;
    private final Duration maxAge;
    private final Clock clock;
    private T value;
    private Instant readAt;

    Snapshot(Supplier<T> source, Duration maxAge, Clock clock) {
        this.source = source;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    synchronized double read(Function<T, Long> part) {
        return readDouble(value -> part.apply(value).doubleValue());
    }

    /** Like {@link #read} for a part that is a double already (NaN allowed). */
    synchronized double readDouble(Function<T, Double> part) {
        Instant now = clock.instant();
        if (readAt == null || Duration.between(readAt, now).compareTo(maxAge) >= 0) {
            try {
                value = source.get();
                readAt = now;
            } catch (RuntimeException e) {
                value = null;
                readAt = null;
                return Double.NaN;
            }
        }
        return value == null ? Double.NaN : part.apply(value);
    }
}
