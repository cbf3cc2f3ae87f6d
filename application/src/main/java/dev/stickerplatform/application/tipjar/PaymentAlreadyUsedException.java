package dev.stickerplatform.application.tipjar;

import dev.stickerplatform.domain.model.TxId;

/** The payment already paid for another deployment: one payment pays for one deployment. Nothing was recorded. */
public final class PaymentAlreadyUsedException extends RuntimeException {
    private final transient TxId txId;

    public PaymentAlreadyUsedException(TxId txId) {
        super("payment " + txId + " already paid for another deployment");
        this.txId = txId;
    }

    public TxId txId() {
        return txId;
    }
}
