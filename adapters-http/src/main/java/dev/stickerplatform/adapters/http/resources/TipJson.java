package dev.stickerplatform.adapters.http.resources;

import dev.stickerplatform.domain.model.Tip;
import java.time.Instant;

/**
 * A recorded tip. {@code memo} is the memo's text: as sent when it is UTF-8, else escaped ({@code \xNN} for each
 * byte that is not UTF-8); {@code memoBase64} is its exact bytes either way.
 */
public record TipJson(String txId, String fanWallet, String creatorWallet, long appId, long amountMicroAlgos,
                      String amountAlgo, String memo, String memoBase64, long round, Instant detectedAt) {

    public static TipJson of(Tip tip) {
        return new TipJson(tip.txId().value(), tip.fan().value(), tip.creator().value(), tip.appId().value(),
                tip.amount().value(), tip.amount().toAlgoString(), tip.memo().text(), tip.memo().base64(),
                tip.round().value(), tip.detectedAt());
    }
}
