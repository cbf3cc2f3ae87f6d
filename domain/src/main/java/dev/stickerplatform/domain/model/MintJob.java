package dev.stickerplatform.domain.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The durable record of minting and delivering the sticker of one tip: its {@link MintOrder}, fixed when the tip
 * is recorded, and the job's progress through the {@link JobStage}s. New jobs come from {@link #queued}; every
 * step is a wither; the canonical constructor is for restoring a stored job.
 *
 * @param id           derived from the tip's txid ({@link #idFor(TxId)}): one job per tip, and the seed of the
 *                     leases of its transactions
 * @param order        what is minted and for whom
 * @param pendingWrite the chain write of the current *_SUBMITTED stage, persisted before it was submitted
 * @param assetId      set from MINTED on
 * @param stickerId    the sticker row, set from MINTED on
 * @param attempts     failed attempts so far
 * @param notBefore    the job is not claimed before this instant (retry back-off)
 * @param deadReason   non-null once the job is dead-lettered; re-drive clears it
 * @param version      optimistic-lock version, bumped by every save
 */
public record MintJob(UUID id, MintOrder order, JobStage stage, ChainWrite pendingWrite, AssetId assetId,
                      Long stickerId, TxId deliveryTxId, int attempts, Instant notBefore, String lastError,
                      String deadReason, Instant createdAt, Instant updatedAt, long version) {
    public MintJob {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must not be negative");
        }
    }

    public static UUID idFor(TxId tipTxId) {
        return UUID.nameUUIDFromBytes(("mint-job:" + tipTxId.value()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A new job for {@code order}: QUEUED, runnable now, version 0. */
    public static MintJob queued(MintOrder order, Instant now) {
        return new MintJob(idFor(order.tipTxId()), order, JobStage.QUEUED, null, null, null, null, 0, now, null, null,
                now, now, 0);
    }

    /** The job of a tip: {@link MintOrder#forTip}, queued. */
    public static MintJob queued(Tip tip, StickerTemplate template, StickerType type, Instant expiresAt, Instant now) {
        return queued(MintOrder.forTip(tip, template, type, expiresAt), now);
    }

    /** The job of a grant: {@link MintOrder#forGrant}, queued. */
    public static MintJob granted(Grant grant, StickerTemplate template, Instant now) {
        return queued(MintOrder.forGrant(grant, template, now), now);
    }

    // The order's parts, read through the job.

    public TxId tipTxId() {
        return order.tipTxId();
    }

    public Address fan() {
        return order.fan();
    }

    public Address creator() {
        return order.creator();
    }

    public long templateId() {
        return order.templateId();
    }

    public StickerType type() {
        return order.type();
    }

    public TemplateCategory category() {
        return order.category();
    }

    public String assetName() {
        return order.assetName();
    }

    public String assetUrl() {
        return order.assetUrl();
    }

    public Hash32 metadataHash() {
        return order.metadataHash();
    }

    public Instant expiresAt() {
        return order.expiresAt();
    }

    /**
     * The same sticker for another wallet, back to MINTED so a worker delivers it there (an administrator's
     * transfer of a sticker the platform still holds).
     */
    public MintJob redirectedTo(Address newFan, Instant now) {
        return new MintJob(id, order.to(newFan), JobStage.MINTED, null, assetId, stickerId, deliveryTxId, attempts, now,
                null, deadReason, createdAt, now, version);
    }

    /** Delivered to {@code newFan} by a transfer made outside the pipeline (an approved one). */
    public MintJob deliveredTo(Address newFan, TxId txId, Instant now) {
        return new MintJob(id, order.to(newFan), JobStage.DELIVERED, null, assetId, stickerId, txId, attempts, now,
                null, deadReason, createdAt, now, version);
    }

    public boolean isDead() {
        return deadReason != null;
    }

    /** Moves to another stage with its chain write (null when the stage has none); clears the last error. */
    public MintJob advance(JobStage newStage, ChainWrite write, Instant now) {
        return new MintJob(id, order, newStage, write, assetId, stickerId, deliveryTxId, attempts, now, null,
                deadReason, createdAt, now, version);
    }

    public MintJob minted(AssetId newAssetId, long newStickerId, Instant now) {
        return new MintJob(id, order, JobStage.MINTED, null, newAssetId, newStickerId, deliveryTxId, attempts, now,
                null, deadReason, createdAt, now, version);
    }

    public MintJob delivered(TxId txId, Instant now) {
        return new MintJob(id, order, JobStage.DELIVERED, null, assetId, stickerId, txId, attempts, now, null,
                deadReason, createdAt, now, version);
    }

    /** Still waiting for the chain (not a failure): look again at {@code at}. */
    public MintJob recheckAt(Instant at, Instant now) {
        return new MintJob(id, order, stage, pendingWrite, assetId, stickerId, deliveryTxId, attempts, at, lastError,
                deadReason, createdAt, now, version);
    }

    /** A failed attempt: count it and do not run again before {@code retryAt}. */
    public MintJob failed(String error, Instant retryAt, Instant now) {
        return new MintJob(id, order, stage, pendingWrite, assetId, stickerId, deliveryTxId, attempts + 1, retryAt,
                error, deadReason, createdAt, now, version);
    }

    public MintJob dead(String reason, Instant now) {
        return new MintJob(id, order, stage, pendingWrite, assetId, stickerId, deliveryTxId, attempts, notBefore,
                lastError, reason, createdAt, now, version);
    }

    /** Back to work after a dead-letter: attempts reset, runnable now, at the stage it died in. */
    public MintJob redriven(Instant now) {
        return new MintJob(id, order, stage, pendingWrite, assetId, stickerId, deliveryTxId, 0, now, lastError, null,
                createdAt, now, version);
    }

    /** The same record as stored under the next optimistic-lock version. */
    public MintJob withVersion(long newVersion) {
        return new MintJob(id, order, stage, pendingWrite, assetId, stickerId, deliveryTxId, attempts, notBefore,
                lastError, deadReason, createdAt, updatedAt, newVersion);
    }
}
