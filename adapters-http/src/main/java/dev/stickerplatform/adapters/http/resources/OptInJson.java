package dev.stickerplatform.adapters.http.resources;

import dev.stickerplatform.application.network.PrepareOptInService;
import java.util.Base64;

/** An unsigned asset opt-in for the fan's wallet to sign. */
public record OptInJson(String unsignedTxn, long assetId, String fanWallet, String message) {

    public static OptInJson of(PrepareOptInService.Result.Prepared prepared) {
        return new OptInJson(Base64.getEncoder().encodeToString(prepared.unsignedTxn()), prepared.asset().value(),
                prepared.fan().value(), "Sign this transaction with your wallet to opt in to the asset");
    }
}
