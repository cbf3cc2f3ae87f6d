package dev.stickerplatform.application.minting;

import dev.stickerplatform.domain.model.JobStage;
import dev.stickerplatform.domain.model.MintJob;
import dev.stickerplatform.domain.model.Sticker;
import dev.stickerplatform.domain.port.PageRequest;
import dev.stickerplatform.domain.port.StaleWriteException;
import dev.stickerplatform.domain.port.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Destroys the stickers nobody opted in to: a sticker still waiting for its fan's opt-in {@code expiry} after it was
 * minted has its asset destroyed, so the 0.1 ALGO minimum balance it locks in the MINTER account comes back. The
 * destroy is recorded with the job before it is submitted ({@link MintPipeline#expire}) and followed by the workers
 * like every platform write, so it happens once whatever crashes where; a claim that wins the race against it
 * delivers the sticker instead, and one that comes after it is told the sticker expired.
 */
public final class ExpirePendingStickersService {
    /** At most this many stickers per sweep, so one sweep never holds the chain or the store for long. */
    static final int MAX_PER_SWEEP = 500;
    private static final System.Logger LOG = System.getLogger(ExpirePendingStickersService.class.getName());
    private final Store store;
    private final MintPipeline pipeline;
    private final Clock clock;
    private final Duration expiry;

    public ExpirePendingStickersService(Store store, MintPipeline pipeline, Clock clock, Duration expiry) {
        this.store = Objects.requireNonNull(store, "store");
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (expiry == null || expiry.isNegative() || expiry.isZero()) {
            throw new IllegalArgumentException("expiry must be positive");
        }
        this.expiry = expiry;
    }

    /** One sweep, oldest first; returns how many destroys it recorded and submitted. */
    public int sweep() {
        Instant cutoff = clock.instant().minus(expiry);
        int expired = 0;
        int skipped = 0;
        while (expired < MAX_PER_SWEEP) {
            List<MintJob> page = store.mintJobs().list(JobStage.PENDING_OPTIN, false, new PageRequest(100, skipped));
            if (page.isEmpty()) {
                return expired;
            }
            for (MintJob job : page) {
                if (job.createdAt().isAfter(cutoff)) {
                    return expired; // oldest first: every later job is younger still
                }
                if (dueToExpire(job, cutoff) && expire(job)) {
                    expired++;
                } else {
                    // not yet due, or raced: step over it (a raced one may be left for the next sweep, never looped on)
                    skipped++;
                }
            }
        }
        return expired;
    }

    /** The sticker itself was minted before the cutoff (a job may have taken a while to mint). */
    private boolean dueToExpire(MintJob job, Instant cutoff) {
        return job.stickerId() != null && store.stickers().find(job.stickerId())
                .map(Sticker::mintedAt).filter(minted -> !minted.isAfter(cutoff)).isPresent();
    }

    private boolean expire(MintJob job) {
        try {
            MintJob destroying = pipeline.expire(job);
            LOG.log(System.Logger.Level.INFO, "sticker of tip {0} (asset {1}) expired unclaimed: destroy {2} "
                    + "submitted", job.tipTxId(), job.assetId(), destroying.pendingWrite().txId());
            return true;
        } catch (StaleWriteException raced) {
            return false; // claimed or delivered meanwhile: the fan won
        }
    }
}
