package dev.stickerplatform.adapters.http.resources;

import dev.stickerplatform.application.tipjar.PrepareTipJarCallService;
import java.util.Base64;

/** An unsigned pause/unpause call of a creator's TipProxy, for the creator's wallet to sign. */
public record TipJarCallJson(String unsignedTxn, long appId, String action, String message) {

    public static TipJarCallJson of(PrepareTipJarCallService.Result.Prepared prepared) {
        String action = Wire.name(prepared.method());
        return new TipJarCallJson(Base64.getEncoder().encodeToString(prepared.unsignedTxn()), prepared.appId().value(),
                action, "Sign this transaction with your wallet to " + action + " your TipProxy");
    }
}
