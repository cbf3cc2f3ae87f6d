package dev.stickerplatform.adapters.http.resources;

import dev.stickerplatform.application.minting.ClaimStickerService;

/** A fan's claim of a sticker, one shape per outcome ({@code status}: delivered, delivering). */
public sealed interface ClaimJson {

    record Delivered(String status, long stickerId, long assetId, String txId) implements ClaimJson {
        public static Delivered of(long stickerId, ClaimStickerService.Result.Delivered d) {
            return new Delivered("delivered", stickerId, d.assetId().value(), Wire.text(d.txId()));
        }
    }

    record Delivering(String status, long stickerId, long assetId) implements ClaimJson {
        public static Delivering of(long stickerId, ClaimStickerService.Result.Delivering d) {
            return new Delivering("delivering", stickerId, d.assetId().value());
        }
    }
}
