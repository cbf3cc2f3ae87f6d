package dev.stickerplatform.domain.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A transaction built with fixed parameters and not signed yet, so signatures can be collected later (approvals):
 * {@code bytes} is its canonical msgpack, {@code txId} its id, {@code lastValid} the last round it can confirm in.
 */
public record UnsignedTxn(TxId txId, Round lastValid, byte[] bytes) {
    private static final byte[] TAG = "TX".getBytes(StandardCharsets.US_ASCII);

    public UnsignedTxn {
        Objects.requireNonNull(txId, "txId");
        Objects.requireNonNull(lastValid, "lastValid");
        Objects.requireNonNull(bytes, "bytes");
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** What every signer signs: {@code "TX"} followed by the msgpack; its SHA-512/256 is the txid. */
    public byte[] bytesToSign() {
        byte[] message = Arrays.copyOf(TAG, TAG.length + bytes.length);
        System.arraycopy(bytes, 0, message, TAG.length, bytes.length);
        return message;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnsignedTxn u && u.txId.equals(txId) && u.lastValid.equals(lastValid)
                && Arrays.equals(u.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return txId.hashCode();
    }

    @Override
    public String toString() {
        return "UnsignedTxn[" + txId + " lastValid=" + lastValid + "]";
    }
}
