package dev.stickerplatform.adapters.http.resources;

import dev.stickerplatform.application.tipjar.PrepareTipJarCallService;
import java.util.Base64;

/** An unsigned update_min_tip call of a creator's TipProxy, for the creator's wallet to sign. */
public record MinTipCallJson(String unsignedTxn, long appId, String action, long minTipMicroAlgos, String minTipAlgo,
                             String message) {

    public static MinTipCallJson of(PrepareTipJarCallService.MinTipResult.Prepared prepared) {
        return new MinTipCallJson(Base64.getEncoder().encodeToString(prepared.unsignedTxn()), prepared.appId().value(),
                "update_min_tip", prepared.minTip().value(), prepared.minTip().toAlgoString(),
                "Sign this transaction with your wallet to set your TipProxy's minimum tip to "
                        + prepared.minTip().toAlgoString() + " ALGO");
    }
}
