package dev.stickerplatform.adapters.http.resources;

import dev.stickerplatform.application.query.StickerView;
import java.time.Instant;

/**
 * A sticker as fans see it. {@code txId} is the delivery transaction (null while waiting for the fan's opt-in);
 * the template fields are null if the template was deleted. {@code origin} is {@code tip} or {@code grant}; a
 * granted sticker has no {@code tipTxId} and says who gave it and why in {@code grant}. {@code expired}: a
 * membership sticker past its {@code expiresAt} (at the server's time when answering); it stays in the wallet, but
 * no longer counts as a membership. {@code memo} is the tip's memo as in {@link TipJson} (text, escaped
 * {@code \xNN} for bytes that are not UTF-8; empty for a grant) and {@code memoBase64} its exact bytes.
 */
public record StickerJson(long id, long assetId, long templateId, String ownerWallet, String creatorWallet,
                          String stickerType, String category, String deliveryStatus, String tipTxId, String txId,
                          Instant expiresAt, boolean expired, Instant mintedAt, Instant deliveredAt,
                          String templateName, String imageUrl, String metadataUrl, String origin, GrantJson grant,
                          String memo, String memoBase64) {

    /** Who gave a granted sticker, and why. */
    public record GrantJson(String kind, String grantedBy, String reason, Instant grantedAt) {
    }

    /** The sticker as answered at {@code now} (the server's clock: it decides {@code expired}). */
    public static StickerJson of(StickerView s, Instant now) {
        return new StickerJson(s.id(), s.assetId().value(), s.templateId(), s.owner().value(), s.creator().value(),
                Wire.name(s.type()), Wire.name(s.category()), Wire.name(s.status()),
                s.grant() == null ? Wire.text(s.tipTxId()) : null,
                Wire.text(s.deliveryTxId()), s.expiresAt(),
                s.expiresAt() != null && !now.isBefore(s.expiresAt()), s.mintedAt(), s.deliveredAt(),
                s.templateName(), s.imageUrl(), s.metadataUrl(), s.grant() == null ? "tip" : "grant",
                s.grant() == null ? null : new GrantJson(Wire.name(s.grant().kind()), s.grant().grantedBy().value(),
                        s.grant().reason(), s.grant().createdAt()),
                s.memo().text(), s.memo().base64());
    }
}
