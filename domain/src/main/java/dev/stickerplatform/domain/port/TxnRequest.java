package dev.stickerplatform.domain.port;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.Hash32;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.PlatformFee;
import java.util.Objects;

/**
 * What a transaction should do, in domain terms; the {@link Chain} adapter turns it into a real transaction with
 * current parameters and a flat fee. {@code lease} (nullable) is the 32-byte Algorand lease: two transactions
 * with the same sender and lease can never both confirm while their validity windows overlap, which is how a
 * rebuilt write can never land next to a lost earlier one.
 */
public sealed interface TxnRequest {
    Address sender();

    Hash32 lease();

    /**
     * Creates a TipProxy app with the platform's approval and clear programs (version 2): {@code platform} may
     * delete it and tip on a fan's behalf, {@code treasury} receives {@code fee} on every tip. The contract refuses
     * a minimum tip that is not above the fee's floor, and so does this constructor.
     */
    record CreateTipProxy(Address sender, Address creator, Address platform, Address treasury, MicroAlgos minTip,
                          PlatformFee fee, Hash32 lease) implements TxnRequest {
        public CreateTipProxy {
            Objects.requireNonNull(sender);
            Objects.requireNonNull(creator);
            Objects.requireNonNull(platform);
            Objects.requireNonNull(treasury);
            Objects.requireNonNull(minTip);
            Objects.requireNonNull(fee);
            if (!fee.allowsMinTip(minTip)) {
                throw new IllegalArgumentException("the minimum tip " + minTip + " must be above the platform fee's"
                        + " floor " + fee.floor());
            }
        }
    }

    /** A plain ALGO payment. {@code note} may be null. */
    record Payment(Address sender, Address receiver, MicroAlgos amount, String note, Hash32 lease)
            implements TxnRequest {
        public Payment {
            Objects.requireNonNull(sender);
            Objects.requireNonNull(receiver);
            Objects.requireNonNull(amount);
        }
    }

    /** A TipProxy method without arguments, signed by the creator or the platform. */
    record CallTipProxy(Address sender, AppId app, TipProxyMethod method, Hash32 lease) implements TxnRequest {
        public CallTipProxy {
            Objects.requireNonNull(sender);
            Objects.requireNonNull(app);
            Objects.requireNonNull(method);
        }
    }

    /** {@code update_min_tip(uint64)void} of a TipProxy: only its creator may call it; the contract keeps the floor. */
    record UpdateMinTip(Address sender, AppId app, MicroAlgos minTip, Hash32 lease) implements TxnRequest {
        public UpdateMinTip {
            Objects.requireNonNull(sender);
            Objects.requireNonNull(app);
            Objects.requireNonNull(minTip);
        }
    }

    /**
     * DeleteApplication of a TipProxy (platform only). A version 2 app closes its account to the platform with an
     * inner payment, so the call pays the fee of two transactions.
     */
    record DeleteTipProxy(Address sender, AppId app, Hash32 lease) implements TxnRequest {
        public DeleteTipProxy {
            Objects.requireNonNull(sender);
            Objects.requireNonNull(app);
        }
    }

    /**
     * Creates a one-unit, zero-decimal sticker ASA. Null freeze/clawback mean "none, forever" (golden); manager
     * and reserve are the sender.
     */
    record CreateSticker(Address sender, String assetName, String unitName, String url, Hash32 metadataHash,
                         boolean defaultFrozen, Address freeze, Address clawback, Hash32 lease)
            implements TxnRequest {
        public CreateSticker {
            Objects.requireNonNull(sender);
            Objects.requireNonNull(assetName);
            Objects.requireNonNull(unitName);
            Objects.requireNonNull(url);
        }
    }

    /**
     * Destroys an asset (AssetConfig with no parameters), signed by its manager; the chain refuses it unless the
     * creator holds every unit. The creator's minimum balance drops by the asset's 0.1 ALGO.
     */
    record DestroyAsset(Address sender, AssetId asset, Hash32 lease) implements TxnRequest {
        public DestroyAsset {
            Objects.requireNonNull(sender);
            Objects.requireNonNull(asset);
        }
    }

    /**
     * Moves {@code amount} units of an asset to {@code receiver}. With {@code revocationTarget} set, the sender
     * acts as clawback and moves the units out of that account (how frozen stickers are delivered).
     * An opt-in is a zero transfer from an account to itself.
     */
    record AssetTransfer(Address sender, AssetId asset, Address receiver, long amount, Address revocationTarget,
                         Hash32 lease) implements TxnRequest {
        public AssetTransfer {
            Objects.requireNonNull(sender);
            Objects.requireNonNull(asset);
            Objects.requireNonNull(receiver);
            if (amount < 0) {
                throw new IllegalArgumentException("amount must not be negative");
            }
        }

        public static AssetTransfer optIn(Address account, AssetId asset) {
            return new AssetTransfer(account, asset, account, 0, null, null);
        }
    }

    /**
     * Moves the authority to sign for {@code sender} to the key {@code newAuthAddress}: a payment of 0 ALGO from the
     * account to itself with rekey-to set, signed by the account's current key. The account's address, balance,
     * assets and every role it holds (an ASA's manager or clawback) stay the same; from the next round only the new
     * key signs for it. Rekeying to {@code sender} itself gives the authority back to the account's own key.
     */
    record Rekey(Address sender, Address newAuthAddress, Hash32 lease) implements TxnRequest {
        public Rekey {
            Objects.requireNonNull(sender);
            Objects.requireNonNull(newAuthAddress);
            if (newAuthAddress.equals(Address.ZERO)) {
                throw new IllegalArgumentException("rekeying to the zero address would lock the account forever");
            }
        }
    }

    /** The argument-less TipProxy methods a creator or the platform may call. */
    enum TipProxyMethod {
        PAUSE("pause()void"),
        UNPAUSE("unpause()void");

        private final String signature;

        TipProxyMethod(String signature) {
            this.signature = signature;
        }

        public String signature() {
            return signature;
        }
    }
}
