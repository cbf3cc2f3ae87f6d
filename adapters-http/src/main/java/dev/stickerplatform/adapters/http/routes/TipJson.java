package dev.stickerplatform.adapters.http.routes;

import dev.stickerplatform.domain.model.Tip;
import java.time.Instant;

/** A recorded tip. */
record TipJson(String txId, String fanWallet, String creatorWallet, long appId, long amountMicroAlgos,
               String amountAlgo, String memo, long round, Instant detectedAt) {

    static TipJson of(Tip tip) {
        return new TipJson(tip.txId().value(), tip.fan().value(), tip.creator().value(), tip.appId().value(),
                tip.amount().value(), tip.amount().toAlgoString(), tip.memo(), tip.round().value(), tip.detectedAt());
    }
}
