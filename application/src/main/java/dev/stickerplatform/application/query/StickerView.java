package dev.stickerplatform.application.query;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.DeliveryStatus;
import dev.stickerplatform.domain.model.Grant;
import dev.stickerplatform.domain.model.Memo;
import dev.stickerplatform.domain.model.Sticker;
import dev.stickerplatform.domain.model.StickerTemplate;
import dev.stickerplatform.domain.model.StickerType;
import dev.stickerplatform.domain.model.TemplateCategory;
import dev.stickerplatform.domain.model.Tip;
import dev.stickerplatform.domain.model.TxId;
import java.time.Instant;

/**
 * A sticker as fans see it, joined with its template. The template fields ({@code templateName},
 * {@code imageUrl}, {@code metadataUrl}) are null if the template row is gone; {@code deliveryTxId} and
 * {@code deliveredAt} are null while the sticker waits for the fan's opt-in; {@code expiresAt} is set for
 * memberships only. {@code grant} is set when the sticker was given rather than earned by a tip (then
 * {@code tipTxId} is the grant's origin id, not a transaction). {@code memo} is the tip's memo as the chain carried
 * it (empty for a grant, or when the tip row is unknown).
 */
public record StickerView(long id, AssetId assetId, long templateId, Address creator, Address owner,
                          StickerType type, TemplateCategory category, DeliveryStatus status, TxId tipTxId,
                          TxId deliveryTxId, Instant expiresAt, Instant mintedAt, Instant deliveredAt,
                          String templateName, String imageUrl, String metadataUrl, Grant grant,
                          Memo memo) {

    public static StickerView of(Sticker sticker, StickerTemplate template) {
        return of(sticker, template, null);
    }

    public static StickerView of(Sticker sticker, StickerTemplate template, Grant grant) {
        return of(sticker, template, grant, null);
    }

    public static StickerView of(Sticker sticker, StickerTemplate template, Grant grant, Tip tip) {
        return new StickerView(sticker.id(), sticker.assetId(), sticker.templateId(), sticker.creator(),
                sticker.owner(), sticker.type(), sticker.category(), sticker.status(), sticker.tipTxId(),
                sticker.deliveryTxId(), sticker.expiresAt(), sticker.mintedAt(), sticker.deliveredAt(),
                template == null ? null : template.name(),
                template == null ? null : template.image().gatewayUrl(),
                template == null ? null : template.metadata().gatewayUrl(), grant,
                tip == null ? Memo.EMPTY : tip.memo());
    }
}
