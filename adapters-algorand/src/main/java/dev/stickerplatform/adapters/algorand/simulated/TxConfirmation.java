package dev.stickerplatform.adapters.algorand.simulated;

import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.Round;

/**
 * A committed transaction: its round, the app or asset it created (null when it created none), and the units of an
 * asset its close-out moved to the close-to account (0 unless it closed out a holding that still held units).
 */
public record TxConfirmation(Round round, AppId createdApp, AssetId createdAsset, long assetClosingAmount) {
}
