package dev.stickerplatform.adapters.algorand.simulated;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.TxId;
import java.util.List;

/** A confirmed top-level application call: its logs and the inner payments it made, in execution order. */
public record AppCallResult(TxId txId, AppId app, Address sender, List<byte[]> logs,
                            List<InnerPayment> innerPayments) {
    public AppCallResult {
        logs = List.copyOf(logs);
        innerPayments = List.copyOf(innerPayments);
    }
}
