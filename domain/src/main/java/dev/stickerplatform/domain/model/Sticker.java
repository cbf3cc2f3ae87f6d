package dev.stickerplatform.domain.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A minted sticker (one ASA, one unit). Exactly one per tip. {@code id} is 0 until the store assigns one. New
 * stickers come from {@link #minted}; every later state is a wither; the canonical constructor is for restoring a
 * stored sticker.
 *
 * @param owner          the fan the sticker belongs to: the wallet it was delivered to, then whoever holds its ASA
 * @param deliveryTxId   the confirmed transfer to the fan, or null while pending opt-in
 * @param expiresAt      membership expiry (informational), or null
 * @param ownerRound     the round of the last on-chain move of the sticker's ASA that the listener recorded (then
 *                       {@code owner} is its receiver), or null while none was; only
 *                       {@link dev.stickerplatform.domain.port.Store.Stickers#moveOwner} changes an owner that has one
 */
public record Sticker(long id, TxId tipTxId, long templateId, Address creator, Address owner, StickerType type,
                      TemplateCategory category, AssetId assetId, DeliveryStatus status, TxId deliveryTxId,
                      Instant expiresAt, Instant mintedAt, Instant deliveredAt, Round ownerRound) {
    public Sticker {
        Objects.requireNonNull(tipTxId, "tipTxId");
        Objects.requireNonNull(creator, "creator");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(assetId, "assetId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(mintedAt, "mintedAt");
        if (status == DeliveryStatus.DELIVERED && deliveryTxId == null) {
            throw new IllegalArgumentException("a delivered sticker has its delivery transaction");
        }
    }

    /**
     * The sticker of a confirmed mint of {@code order}, not yet stored (id 0): owned by the order's fan and waiting
     * for their opt-in; {@link #delivered} once the transfer confirms, {@link #expired} if it never does.
     */
    public static Sticker minted(MintOrder order, AssetId assetId, Instant mintedAt) {
        return new Sticker(0, order.tipTxId(), order.templateId(), order.creator(), order.fan(), order.type(),
                order.category(), assetId, DeliveryStatus.PENDING_OPTIN, null, order.expiresAt(), mintedAt, null, null);
    }

    public Sticker withId(long newId) {
        return new Sticker(newId, tipTxId, templateId, creator, owner, type, category, assetId, status, deliveryTxId,
                expiresAt, mintedAt, deliveredAt, ownerRound);
    }

    /** The same sticker, now owned by (and waiting for the opt-in of, or delivered to) another wallet. */
    public Sticker ownedBy(Address newOwner, DeliveryStatus newStatus, TxId txId, Instant deliveredAtNow) {
        return new Sticker(id, tipTxId, templateId, creator, newOwner, type, category, assetId, newStatus, txId,
                expiresAt, mintedAt, deliveredAtNow, ownerRound);
    }

    /** Never claimed: its asset was destroyed. */
    public Sticker expired() {
        return new Sticker(id, tipTxId, templateId, creator, owner, type, category, assetId, DeliveryStatus.EXPIRED,
                null, expiresAt, mintedAt, null, ownerRound);
    }

    public Sticker delivered(TxId txId, Instant now) {
        return new Sticker(id, tipTxId, templateId, creator, owner, type, category, assetId, DeliveryStatus.DELIVERED,
                txId, expiresAt, mintedAt, now, ownerRound);
    }

    /**
     * The same sticker held by {@code newOwner} since {@code round}: its ASA moved on chain (sold, given, closed out
     * to them).
     */
    public Sticker withOwner(Address newOwner, Round round) {
        return new Sticker(id, tipTxId, templateId, creator, newOwner, type, category, assetId, status, deliveryTxId,
                expiresAt, mintedAt, deliveredAt, round);
    }
}
