package dev.stickerplatform.adapters.http.resources;

import dev.stickerplatform.domain.model.MintJob;
import java.time.Instant;

/** A mint job of the pipeline, for operators. */
public record JobJson(String id, String tipTxId, String fanWallet, String creatorWallet, long templateId,
                      String stickerType, String category, String state, boolean dead, String deadReason,
                      String lastError, int attempts, Long assetId, Long stickerId, String pendingTxId,
                      String deliveryTxId, Instant notBefore, Instant createdAt, Instant updatedAt) {

    public static JobJson of(MintJob j) {
        return new JobJson(j.id().toString(), j.tipTxId().value(), j.fan().value(), j.creator().value(),
                j.templateId(), Wire.name(j.type()), Wire.name(j.category()), j.stage().name(), j.isDead(),
                j.deadReason(), j.lastError(), j.attempts(), Wire.id(j.assetId()), j.stickerId(),
                j.pendingWrite() == null ? null : j.pendingWrite().txId().value(), Wire.text(j.deliveryTxId()),
                j.notBefore(), j.createdAt(), j.updatedAt());
    }
}
