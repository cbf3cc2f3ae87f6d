package dev.stickerplatform.domain.port;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.DeliveryStatus;
import dev.stickerplatform.domain.model.MintOrder;
import dev.stickerplatform.domain.model.Sticker;
import dev.stickerplatform.domain.model.StickerType;
import dev.stickerplatform.domain.model.TemplateCategory;
import dev.stickerplatform.domain.model.TxId;
import java.time.Duration;
import java.time.Instant;

/**
 * Builds an unsaved sticker (id 0): soulbound, delivered to {@link TestData#FAN}, from {@link TestData#CREATOR}'s
 * template 1, for a fresh tip and asset, minted at T0.
 */
public final class StickerBuilder {
    private TxId tipTxId = TestData.uniqueTxId();
    private long templateId = 1;
    private Address creator = TestData.CREATOR;
    private Address owner = TestData.FAN;
    private StickerType type = StickerType.SOULBOUND;
    private AssetId asset = AssetId.of(TestData.uniqueNumber());
    private DeliveryStatus status = DeliveryStatus.DELIVERED;
    private Instant mintedAt = TestData.T0;
    private Instant expiresAt;

    StickerBuilder() {
    }

    public StickerBuilder forTip(TxId value) {
        tipTxId = value;
        return this;
    }

    public StickerBuilder fromTemplate(long value) {
        templateId = value;
        return this;
    }

    public StickerBuilder by(Address value) {
        creator = value;
        return this;
    }

    public StickerBuilder ownedBy(Address value) {
        owner = value;
        return this;
    }

    public StickerBuilder ofType(StickerType value) {
        type = value;
        return this;
    }

    public StickerBuilder withAsset(AssetId value) {
        asset = value;
        return this;
    }

    public StickerBuilder withStatus(DeliveryStatus value) {
        status = value;
        return this;
    }

    /** Minted {@code seconds} after T0. */
    public StickerBuilder mintedAfter(long seconds) {
        mintedAt = TestData.T0.plus(Duration.ofSeconds(seconds));
        return this;
    }

    /** A membership that expires at {@code value}. */
    public StickerBuilder expiringAt(Instant value) {
        expiresAt = value;
        return this;
    }

    public Sticker build() {
        TemplateCategory category = expiresAt == null ? TemplateCategory.TIP : TemplateCategory.MEMBERSHIP_SILVER;
        MintOrder order = new MintOrder(tipTxId, owner, creator, templateId, type, category, "Thank you",
                TestData.METADATA.ipfsUri() + "#arc3", TestData.METADATA_HASH, expiresAt);
        Sticker minted = Sticker.minted(order, asset, mintedAt);
        return switch (status) {
            case PENDING_OPTIN -> minted;
            case DELIVERED -> minted.delivered(TestData.txId("delivery-" + tipTxId), mintedAt);
            case EXPIRED -> minted.expired();
        };
    }
}
