package dev.stickerplatform.adapters.algorand.simulated;

import dev.stickerplatform.domain.model.Address;

/**
 * What a program may read of another transaction of its group ({@code gtxns}). Unset addresses are
 * {@link Address#ZERO}, as the AVM reports them.
 *
 * @param type the transaction type as the msgpack {@code type} field spells it: pay, axfer, acfg, afrz, appl
 */
public record GroupTxn(String type, Address sender, Address receiver, long amount, Address closeRemainderTo,
                       Address rekeyTo) {
    public boolean isPayment() {
        return "pay".equals(type);
    }
}
