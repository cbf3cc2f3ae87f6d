package dev.stickerplatform.adapters.algorand.simulated;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.Chain.OptIn;

/**
 * What a committed top-level transaction leaves for blocks and status queries; ids are 0 and records null when
 * they do not apply.
 */
record TxnEffects(TxId txId, long createdApp, long createdAsset, AppCallResult appCall, OptIn optIn, Paid paid) {
    /** A payment's parties and amount (µALGO), for payment lookups. */
    record Paid(Address sender, Address receiver, long amount) {
    }
}
