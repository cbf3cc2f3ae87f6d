package dev.stickerplatform.domain.port;

/**
 * A pin would exceed a limit of the content store: the owner's byte quota or the store's capacity. Nothing was
 * recorded. {@link #limit()} names the limit and {@link #maxBytes()} says how large it is, for the client.
 */
public class ContentQuotaExceededException extends RuntimeException {
    private final Limit limit;
    private final long maxBytes;

    public ContentQuotaExceededException(Limit limit, long maxBytes) {
        super(limit.describe(maxBytes));
        this.limit = limit;
        this.maxBytes = maxBytes;
    }

    public Limit limit() {
        return limit;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public enum Limit {
        /** The most content (sum of distinct sizes) one owner may reference. */
        OWNER_BYTES,
        /** The most content the whole store holds (the memory store's cap). */
        STORE_BYTES;

        public String describe(long maxBytes) {
            return switch (this) {
                case OWNER_BYTES -> "the content quota of " + maxBytes + " bytes per creator is used up";
                case STORE_BYTES -> "the content store is full (its capacity is " + maxBytes + " bytes)";
            };
        }
    }
}
