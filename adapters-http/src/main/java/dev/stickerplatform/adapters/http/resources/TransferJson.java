package dev.stickerplatform.adapters.http.resources;

import dev.stickerplatform.application.grant.TransferStickerService;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AssetId;

/**
 * An administrator's transfer of a held golden sticker: {@code delivering} (approval fields null) or
 * {@code awaiting_approval}.
 */
public record TransferJson(String status, long assetId, long stickerId, String fromWallet, String receiverWallet,
                           String approvalId, String txId, Integer signaturesNeeded, String message) {

    public static TransferJson of(TransferStickerService.Result.Redirected r, AssetId asset, Address receiver) {
        return new TransferJson("delivering", asset.value(), r.sticker().id(), r.from().value(), receiver.value(),
                null, null, null, "The sticker is on its way to " + receiver.value());
    }

    public static TransferJson of(TransferStickerService.Result.AwaitingApproval a, AssetId asset, Address receiver) {
        return new TransferJson("awaiting_approval", asset.value(), a.transfer().stickerId(),
                a.transfer().from().value(), receiver.value(), a.approval().id().toString(),
                a.approval().txn().txId().value(), a.approval().threshold(),
                "The transfer waits for an administrator's approval");
    }
}
