package dev.stickerplatform.adapters.algorand.simulated;

import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.Round;

/** A committed transaction: its round, and the app or asset it created (null when it created none). */
public record TxConfirmation(Round round, AppId createdApp, AssetId createdAsset) {
}
