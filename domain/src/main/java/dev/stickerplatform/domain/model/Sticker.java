package dev.stickerplatform.domain.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A minted sticker (one ASA, one unit). Exactly one per tip. {@code id} is 0 until the store assigns one.
 *
 * @param owner          the fan the sticker belongs to: the wallet it was delivered to, then whoever holds its ASA
 * @param deliveryTxId   the confirmed transfer to the fan, or null while pending opt-in
 * @param expiresAt      membership expiry (informational), or null
 */
public record Sticker(long id, TxId tipTxId, long templateId, Address creator, Address owner, StickerType type,
                      TemplateCategory category, AssetId assetId, DeliveryStatus status, TxId deliveryTxId,
                      Instant expiresAt, Instant mintedAt, Instant deliveredAt) {
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

    public Sticker withId(long newId) {
        return new Sticker(newId, tipTxId, templateId, creator, owner, type, category, assetId, status, deliveryTxId,
                expiresAt, mintedAt, deliveredAt);
    }

    /** The same sticker, now owned by (and waiting for the opt-in of, or delivered to) another wallet. */
    public Sticker ownedBy(Address newOwner, DeliveryStatus newStatus, TxId txId, Instant deliveredAtNow) {
        return new Sticker(id, tipTxId, templateId, creator, newOwner, type, category, assetId, newStatus, txId,
                expiresAt, mintedAt, deliveredAtNow);
    }

    /** Never claimed: its asset was destroyed. */
    public Sticker expired() {
        return new Sticker(id, tipTxId, templateId, creator, owner, type, category, assetId, DeliveryStatus.EXPIRED,
                null, expiresAt, mintedAt, null);
    }

    public Sticker delivered(TxId txId, Instant now) {
        return new Sticker(id, tipTxId, templateId, creator, owner, type, category, assetId, DeliveryStatus.DELIVERED,
                txId, expiresAt, mintedAt, now);
    }

    /** The same sticker held by {@code newOwner}: its ASA moved on chain (sold, given, closed out to them). */
    public Sticker withOwner(Address newOwner) {
        return new Sticker(id, tipTxId, templateId, creator, newOwner, type, category, assetId, status, deliveryTxId,
                expiresAt, mintedAt, deliveredAt);
    }
}
