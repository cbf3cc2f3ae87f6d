package dev.stickerplatform.domain.model;

import java.util.Objects;

/**
 * A signed transaction remembered before it is submitted, so that after any crash the outcome can be asked of
 * the chain instead of guessed: confirmed → adopt, dead ({@code round > lastValid}) → rebuild, else resubmit
 * the very same bytes (same txid, so it can never land twice).
 */
public record ChainWrite(TxId txId, Round lastValid, byte[] signedBytes) {
    public ChainWrite {
        Objects.requireNonNull(txId, "txId");
        Objects.requireNonNull(lastValid, "lastValid");
        Objects.requireNonNull(signedBytes, "signedBytes");
        signedBytes = signedBytes.clone();
    }

    @Override
    public byte[] signedBytes() {
        return signedBytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChainWrite w && w.txId.equals(txId) && w.lastValid.equals(lastValid);
    }

    @Override
    public int hashCode() {
        return txId.hashCode();
    }

    @Override
    public String toString() {
        return "ChainWrite[" + txId + " lastValid=" + lastValid + "]";
    }
}
