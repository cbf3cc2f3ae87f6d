package dev.stickerplatform.domain.port;

/** A page of a list: at most {@code limit} (1–100) items after skipping {@code offset}. */
public record PageRequest(int limit, int offset) {
    public static final int MAX_LIMIT = 100;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and 100");
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, 0);
    }
}
