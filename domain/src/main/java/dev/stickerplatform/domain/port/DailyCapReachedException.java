package dev.stickerplatform.domain.port;

import java.time.Duration;

/**
 * The platform has spent its daily cap of a kind ({@link DailyCaps}); nothing was done. Clients may try again after
 * {@code retryAfter} (the next UTC day).
 */
public class DailyCapReachedException extends RuntimeException {
    private final transient DailyCapKind kind;
    private final long cap;
    private final Duration retryAfter;

    public DailyCapReachedException(DailyCapKind kind, long cap, Duration retryAfter) {
        super("the platform's daily cap of " + cap + " " + kind.name().toLowerCase(java.util.Locale.ROOT)
                + " spends is reached");
        this.kind = kind;
        this.cap = cap;
        this.retryAfter = retryAfter;
    }

    public DailyCapKind kind() {
        return kind;
    }

    public long cap() {
        return cap;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
