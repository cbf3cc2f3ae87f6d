package dev.stickerplatform.application.minting;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.DeliveryStatus;
import dev.stickerplatform.domain.model.JobStage;
import dev.stickerplatform.domain.model.MintJob;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.Sticker;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.StaleWriteException;
import dev.stickerplatform.domain.port.Store;
import java.time.Clock;

/**
 * A fan claims a sticker that waits for their opt-in. The delivery goes through the same job and the same
 * recorded, leased write as a worker's, so a claim racing a worker (or the listener's automatic delivery) still
 * moves the sticker once.
 */
public final class ClaimStickerService {
    private final Store store;
    private final Chain chain;
    private final MintPipeline pipeline;
    private final Clock clock;
    private final PipelineConfig config;

    public ClaimStickerService(Store store, Chain chain, MintPipeline pipeline, Clock clock, PipelineConfig config) {
        this.store = store;
        this.chain = chain;
        this.pipeline = pipeline;
        this.clock = clock;
        this.config = config;
    }

    public sealed interface Result {
        record Delivered(AssetId assetId, TxId txId) implements Result {
        }

        /** Delivery submitted but not yet confirmed within the wait bound. */
        record Delivering(AssetId assetId) implements Result {
        }

        /** No sticker with that id belongs to this fan. */
        record NotFound() implements Result {
        }

        record NotOptedIn(AssetId assetId) implements Result {
        }

        /** Nobody claimed it within the platform's opt-in expiry: its asset is destroyed (or being destroyed). */
        record Expired(AssetId assetId) implements Result {
        }
    }

    public Result claim(Address fan, long stickerId) {
        Sticker sticker = store.stickers().find(stickerId).filter(s -> s.owner().equals(fan)).orElse(null);
        if (sticker == null) {
            return new Result.NotFound();
        }
        if (sticker.status() == DeliveryStatus.DELIVERED) {
            return new Result.Delivered(sticker.assetId(), sticker.deliveryTxId());
        }
        if (sticker.status() == DeliveryStatus.EXPIRED || store.mintJobs().find(MintJob.idFor(sticker.tipTxId()))
                .filter(job -> job.stage().isExpired()).isPresent()) {
            return new Result.Expired(sticker.assetId());
        }
        if (!chain.account(fan).isOptedIn(sticker.assetId())) {
            return new Result.NotOptedIn(sticker.assetId());
        }
        Round start = chain.currentRound();
        Round seen = start;
        int waits = 0;
        while (true) {
            MintJob job = store.mintJobs().find(MintJob.idFor(sticker.tipTxId())).orElseThrow();
            if (job.stage() == JobStage.DELIVERED) {
                return new Result.Delivered(job.assetId(), job.deliveryTxId());
            }
            if (job.stage().isExpired()) {
                return new Result.Expired(job.assetId()); // the expiry won the race
            }
            try {
                MintJob ready = job.stage() == JobStage.PENDING_OPTIN
                        ? store.mintJobs().save(job.advance(JobStage.MINTED, null, clock.instant())) : job;
                if (pipeline.advance(ready).stage() == JobStage.DELIVERED) {
                    continue;
                }
            } catch (StaleWriteException raced) {
                continue;
            }
            // bounded by rounds seen and by waits (a stalled chain answers each wait with the same round)
            if (seen.value() - start.value() >= config.claimRounds() || waits >= config.claimRounds()) {
                return new Result.Delivering(sticker.assetId());
            }
            seen = chain.awaitRoundAfter(seen, config.roundTimeout());
            waits++;
        }
    }
}
