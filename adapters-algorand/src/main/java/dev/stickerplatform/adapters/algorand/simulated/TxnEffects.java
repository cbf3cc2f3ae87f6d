package dev.stickerplatform.adapters.algorand.simulated;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.Chain.AssetMove;
import dev.stickerplatform.domain.port.Chain.OptIn;
import java.util.List;

/**
 * What a committed top-level transaction leaves for blocks and status queries; ids are 0 and records null when
 * they do not apply. {@code unfollowable} says why the platform's listener cannot follow the transaction (a value
 * beyond what its types hold), else null: the block lists it as skipped, as a block read from algod would.
 * {@code assetClosingAmount} is what a close-out moved to its close-to account (go-algorand's {@code aca}).
 */
record TxnEffects(TxId txId, long createdApp, long createdAsset, AppCallResult appCall, OptIn optIn,
                  String unfollowable, Paid paid, List<AssetMove> assetMoves, long assetClosingAmount) {
    TxnEffects {
        assetMoves = List.copyOf(assetMoves);
    }

    /** A payment's parties, amount (µALGO) and note (null when none), for payment lookups. */
    record Paid(Address sender, Address receiver, long amount, byte[] note) {
    }
}
