package dev.stickerplatform.adapters.algorand.simulated;

import com.algorand.algosdk.transaction.Transaction;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.TxId;

/**
 * A submitted transaction, decoded and with a valid signature.
 *
 * @param signer      the key that signed: the {@code sgnr} field when present, otherwise the sender
 * @param rekeyTo     {@link Address#ZERO} when the transaction does not rekey
 */
record DecodedTxn(Transaction txn, TxId txId, Address sender, Address signer, long fee,
                  long firstValid, long lastValid, byte[] lease, Address rekeyTo) {
    boolean hasLease() {
        return lease != null && lease.length > 0 && !java.util.Arrays.equals(lease, new byte[lease.length]);
    }

    boolean hasGroup() {
        return !Algo.isZero(txn.group.getBytes());
    }

    String typeName() {
        return txn.type.toValue();
    }
}
