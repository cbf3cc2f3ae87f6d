package dev.stickerplatform.domain.model;

/** An Algorand application id (uint64, never 0 once created). Ids are unsigned on chain; they stay below 2^63 in practice and are stored as BIGINT. */
public record AppId(long value) {
    public AppId {
        if (value <= 0) {
            throw new IllegalArgumentException("AppId must be positive");
        }
    }

    public static AppId of(long value) {
        return new AppId(value);
    }

    /** The application's account address: SHA-512/256("appID" ‖ uint64 big-endian id). */
    public Address address() {
        byte[] id = java.nio.ByteBuffer.allocate(8).putLong(value).array();
        return Address.fromPublicKey(Hashes.sha512_256("appID".getBytes(java.nio.charset.StandardCharsets.US_ASCII), id));
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
