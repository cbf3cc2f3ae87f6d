package dev.stickerplatform.adapters.algorand.simulated;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.port.Chain.AssetInfo;
import dev.stickerplatform.domain.port.Chain.Holding;

/** Write access to ledger state; a null value removes the entry. */
interface LedgerWriter {
    void putAccount(Address address, AccountRecord account);

    void putHolding(Address account, long asset, Holding holding);

    void putApp(long id, AppRecord app);

    void putAsset(long id, AssetInfo asset);

    void setNextId(long nextId);
}
