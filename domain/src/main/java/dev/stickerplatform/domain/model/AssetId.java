package dev.stickerplatform.domain.model;

/** An Algorand asset (ASA) id (uint64, never 0 once created). Ids are unsigned on chain; they stay below 2^63 in practice and are stored as BIGINT. */
public record AssetId(long value) {
    public AssetId {
        if (value <= 0) {
            throw new IllegalArgumentException("AssetId must be positive");
        }
    }

    public static AssetId of(long value) {
        return new AssetId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
