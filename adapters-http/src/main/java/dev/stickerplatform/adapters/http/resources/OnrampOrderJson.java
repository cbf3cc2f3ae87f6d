package dev.stickerplatform.adapters.http.resources;

import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.OnrampOrder;
import java.time.Instant;

/** An on-ramp order; the amounts are null until the payment is received. */
public record OnrampOrderJson(String partnerOrderId, String status, String fanWallet, String creatorWallet,
                              String fiatAmount, String fiatCurrency, String transakOrderId, String paymentTxId,
                              Long receivedMicroAlgos, String receivedAlgo, Long platformFeeMicroAlgos,
                              String platformFeeAlgo, Long tipAmountMicroAlgos, String tipAmountAlgo, String tipTxId,
                              String lastError, Instant createdAt, Instant completedAt) {

    public static OnrampOrderJson of(OnrampOrder o) {
        return new OnrampOrderJson(o.partnerOrderId(), Wire.name(o.status()), o.fan().value(), o.creator().value(),
                o.fiatAmount().toPlainString(), o.fiatCurrency(), o.transakOrderId(),
                o.paymentTxId() == null ? null : o.paymentTxId().value(), micro(o.received()), algo(o.received()),
                micro(o.platformFee()), algo(o.platformFee()), micro(o.tipAmount()), algo(o.tipAmount()),
                o.tipTxId() == null ? null : o.tipTxId().value(), o.lastError(), o.createdAt(), o.completedAt());
    }

    private static Long micro(MicroAlgos amount) {
        return amount == null ? null : amount.value();
    }

    private static String algo(MicroAlgos amount) {
        return amount == null ? null : amount.toAlgoString();
    }
}
