package dev.stickerplatform.domain.model;

import java.time.Instant;
import java.util.Objects;

/**
 * What a {@link MintJob} mints and for whom, decided when the tip (or grant) is recorded: the template's name,
 * URL and metadata hash are copied then, so the job never depends on templates changing later. Only the
 * recipient can change afterwards, when an administrator transfers a sticker the platform still holds
 * ({@link #to(Address)}).
 *
 * @param tipTxId      the tip's txid (a grant's origin id stands for it)
 * @param fan          the wallet the sticker goes to
 * @param creator      the creator who was tipped
 * @param templateId   the template the sticker is minted from
 * @param assetName    the ASA's name, already truncated to the chain's limit
 * @param metadataHash the ARC-3 metadata hash, or null
 * @param expiresAt    membership expiry, or null
 */
public record MintOrder(TxId tipTxId, Address fan, Address creator, long templateId, StickerType type,
                        TemplateCategory category, String assetName, String assetUrl, Hash32 metadataHash,
                        Instant expiresAt) {
    public MintOrder {
        Objects.requireNonNull(tipTxId, "tipTxId");
        Objects.requireNonNull(fan, "fan");
        Objects.requireNonNull(creator, "creator");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(assetName, "assetName");
        Objects.requireNonNull(assetUrl, "assetUrl");
    }

    /** The sticker {@code template} earns {@code tip}, minted as {@code type} and expiring at {@code expiresAt}. */
    public static MintOrder forTip(Tip tip, StickerTemplate template, StickerType type, Instant expiresAt) {
        return new MintOrder(tip.txId(), tip.fan(), tip.creator(), template.id(), type, template.category(),
                AssetNames.truncate(template.name()), template.assetUrl(), template.metadataHash(), expiresAt);
    }

    /**
     * The sticker of a grant: the grant's origin id stands for the tip's txid. A membership template is minted
     * soulbound and expires after its tier's validity (counted from {@code now}), as when a tip earns it.
     */
    public static MintOrder forGrant(Grant grant, StickerTemplate template, Instant now) {
        StickerType type = template.category().isMembership() ? StickerType.SOULBOUND : template.type();
        Instant expiresAt = template.category().tier().map(tier -> now.plus(tier.validity())).orElse(null);
        return new MintOrder(grant.originId(), grant.fan(), grant.creator(), template.id(), type, template.category(),
                AssetNames.truncate(template.name()), template.assetUrl(), template.metadataHash(), expiresAt);
    }

    /** The same sticker for another wallet. */
    public MintOrder to(Address newFan) {
        return new MintOrder(tipTxId, newFan, creator, templateId, type, category, assetName, assetUrl, metadataHash,
                expiresAt);
    }
}
