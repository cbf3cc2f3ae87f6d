package dev.stickerplatform.domain.model;

/** An Algorand transaction id: 52 characters of base32 (the SHA-512/256 of "TX" + the msgpack transaction). */
public record TxId(String value) {
    public TxId {
        if (value == null || value.length() != 52) {
            throw new IllegalArgumentException("transaction id must be 52 characters");
        }
        try {
            if (Base32.decode(value).length != 32) {
                throw new IllegalArgumentException("transaction id must encode 32 bytes");
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("transaction id is not valid base32");
        }
    }

    public static TxId of(String value) {
        return new TxId(value);
    }

    public static TxId fromHash(byte[] hash32) {
        return new TxId(Base32.encode(hash32));
    }

    @Override
    public String toString() {
        return value;
    }
}
