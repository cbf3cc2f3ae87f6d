package dev.stickerplatform.domain.port;

/** A page of a list: at most {@code limit} (1–100) items after skipping {@code offset}. */
public record PageRequest(int limit, int offset) {
    public static final int MAX_LIMIT = 100;

    public PageRequest {
        checkLimit(limit);
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
    }

    /** The page-size rule of every list, here only: returns {@code limit} when it is 1 to {@link #MAX_LIMIT}. */
    public static int checkLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        return limit;
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, 0);
    }
}
