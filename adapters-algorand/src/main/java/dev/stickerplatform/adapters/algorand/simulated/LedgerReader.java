package dev.stickerplatform.adapters.algorand.simulated;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.port.Chain.AssetInfo;
import dev.stickerplatform.domain.port.Chain.Holding;

/** Read access to ledger state: the committed state and every overlay on top of it. Absent things are null. */
interface LedgerReader {
    /** The account, {@link AccountRecord#EMPTY} when it does not exist. */
    AccountRecord account(Address address);

    /** The holding, null when the account is not opted in. */
    Holding holding(Address account, long asset);

    AppRecord app(long id);

    AssetInfo asset(long id);

    /** The id the next created app or asset gets (apps and assets share one counter, as on Algorand). */
    long nextId();
}
