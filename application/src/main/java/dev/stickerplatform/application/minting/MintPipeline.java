package dev.stickerplatform.application.minting;

import dev.stickerplatform.application.chainwrite.ChainWrites;
import dev.stickerplatform.application.chainwrite.ChainWrites.Progress;
import dev.stickerplatform.application.chainwrite.Leases;
import dev.stickerplatform.application.metrics.PipelineMetrics;
import dev.stickerplatform.application.treasury.SpendKind;
import dev.stickerplatform.application.treasury.TreasuryService;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.ChainWrite;
import dev.stickerplatform.domain.model.JobStage;
import dev.stickerplatform.domain.model.MintJob;
import dev.stickerplatform.domain.model.Sticker;
import dev.stickerplatform.domain.model.StickerType;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.SignerRole;
import dev.stickerplatform.domain.port.Signers;
import dev.stickerplatform.domain.port.Store;
import dev.stickerplatform.domain.port.TxnRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The mint job state machine: {@code QUEUED → MINT_SUBMITTED → MINTED → DELIVERY_SUBMITTED → DELIVERED |
 * PENDING_OPTIN}, and for a sticker nobody claims in time {@code PENDING_OPTIN → DESTROY_SUBMITTED → DESTROYED}. Each write is saved with the job (optimistic lock) BEFORE it is submitted, and a submitted
 * write is only ever adopted, resubmitted or — once provably dead — rebuilt with the same lease. So whichever
 * worker crashes where, a tip yields one ASA and one delivery.
 */
public final class MintPipeline {
    private final Chain chain;
    private final ChainWrites writes;
    private final Store store;
    private final Signers signers;
    private final Clock clock;
    private final PipelineMetrics metrics;
    private final MintBatch batch;

    public MintPipeline(Chain chain, Store store, Signers signers, Clock clock) {
        this(chain, store, signers, clock, PipelineMetrics.NONE);
    }

    /** @param metrics told of every confirmed mint and delivery, with the time since the tip was recorded */
    public MintPipeline(Chain chain, Store store, Signers signers, Clock clock, PipelineMetrics metrics) {
        this.metrics = metrics;
        this.chain = chain;
        this.writes = new ChainWrites(chain);
        this.store = store;
        this.signers = signers;
        this.clock = clock;
        this.batch = new MintBatch(this, chain, store, signers, clock, metrics);
    }

    /**
     * What became of a batch: every claimed job as it now stands (saved, or as claimed when nothing changed), and
     * the jobs whose attempt failed, with why (to be counted as failed attempts by the worker).
     */
    public record BatchResult(List<MintJob> jobs, Map<UUID, RuntimeException> failures) {
        public BatchResult {
            jobs = List.copyOf(jobs);
            failures = Map.copyOf(failures);
        }
    }

    /**
     * Advances claimed jobs together (see {@link MintBatch}): their new writes go out in atomic groups of up to
     * {@code maxGroup}, every txid saved in one transaction before its group is submitted.
     *
     * @param resubmitAfter how long a pending write waits before it is resubmitted
     */
    public BatchResult advanceAll(List<MintJob> jobs, int maxGroup, Duration recheckDelay, Duration resubmitAfter) {
        if (maxGroup < 1 || maxGroup > PipelineConfig.MAX_GROUP) {
            throw new IllegalArgumentException("a group has 1 to " + PipelineConfig.MAX_GROUP + " transactions");
        }
        return batch.advance(jobs, maxGroup, recheckDelay, resubmitAfter);
    }

    /**
     * Takes the job as far as it goes without waiting for a round. Returns the saved job: DELIVERED or
     * PENDING_OPTIN when done, otherwise a *_SUBMITTED stage waiting for the chain.
     *
     * @throws WriteRefusedException when the chain refused the recorded write for now (counts as a failed attempt)
     */
    public MintJob advance(MintJob job) {
        MintJob current = job;
        while (true) {
            MintJob next = step(current);
            boolean justSubmitted = next.pendingWrite() != null && !next.pendingWrite().equals(current.pendingWrite());
            if (next == current || justSubmitted) {
                return next;
            }
            current = next;
        }
    }

    /**
     * Like {@link #advance}, but waits round by round until the job is at rest (delivered, or waiting for the
     * fan) or {@code maxRounds} pass — the prototype's blocking design, kept for the serial benchmark.
     */
    public MintJob advanceBlocking(MintJob job, int maxRounds, java.time.Duration roundTimeout) {
        MintJob current = advance(job);
        var seen = chain.currentRound();
        for (int i = 0; i < maxRounds && current.stage().isWorkable(); i++) {
            seen = chain.awaitRoundAfter(seen, roundTimeout);
            current = advance(current);
        }
        return current;
    }

    private MintJob step(MintJob job) {
        return switch (job.stage()) {
            case QUEUED -> submitMint(job);
            case MINT_SUBMITTED -> switch (check(job)) {
                case Progress.Confirmed c -> minted(job, c.status().createdAsset());
                case Progress.Dead dead -> submitMint(job);
                case Progress.Open open -> job;
            };
            case MINTED -> deliverOrPark(job);
            case DELIVERY_SUBMITTED -> switch (check(job)) {
                case Progress.Confirmed c -> delivered(job, c.status().txId());
                case Progress.Dead dead -> store.mintJobs().save(job.advance(JobStage.MINTED, null, clock.instant()));
                case Progress.Open open -> job;
            };
            case DESTROY_SUBMITTED -> switch (check(job)) {
                case Progress.Confirmed c -> destroyed(job);
                case Progress.Dead dead -> submitDestroy(job);
                case Progress.Open open -> job;
            };
            case PENDING_OPTIN, DELIVERED, DESTROYED -> job;
        };
    }

    private Progress check(MintJob job) {
        Progress progress = writes.check(job.pendingWrite());
        if (progress instanceof Progress.Open open && open.rejection() != null) {
            throw new WriteRefusedException(open.rejection());
        }
        return progress;
    }

    private MintJob submitMint(MintJob job) {
        return record(job, JobStage.MINT_SUBMITTED, chain.sign(mintRequest(job), signers.forRole(SignerRole.MINTER)));
    }

    TxnRequest mintRequest(MintJob job) {
        Address minter = signers.forRole(SignerRole.MINTER).address();
        boolean soulbound = job.type() == StickerType.SOULBOUND;
        return new TxnRequest.CreateSticker(minter, job.assetName(), job.type().unitName(),
                job.assetUrl(), job.metadataHash(), job.type().defaultFrozen(),
                soulbound ? minter : null, soulbound ? minter : null, Leases.of(job.id(), "mint"));
    }

    TxnRequest deliveryRequest(MintJob job) {
        Address minter = signers.forRole(SignerRole.MINTER).address();
        // Soulbound stickers are frozen by default: only the clawback address can move them.
        Address revocationTarget = job.type() == StickerType.SOULBOUND ? minter : null;
        return new TxnRequest.AssetTransfer(minter, job.assetId(), job.fan(), 1, revocationTarget,
                Leases.of(job.id(), "deliver"));
    }

    TxnRequest destroyRequest(MintJob job) {
        return new TxnRequest.DestroyAsset(signers.forRole(SignerRole.MINTER).address(), job.assetId(),
                Leases.of(job.id(), "destroy"));
    }

    private MintJob minted(MintJob job, AssetId asset) {
        MintJob minted = store.inTransaction(tx -> {
            Sticker sticker = tx.stickers().findByTip(job.tipTxId()).orElseGet(() -> tx.stickers().insert(
                    Sticker.minted(job.order(), asset, clock.instant())));
            return tx.mintJobs().save(job.minted(asset, sticker.id(), clock.instant()));
        });
        metrics.minted(sinceTip(job));
        metrics.spent(SpendKind.MINT, TreasuryService.MIN_FEE.plus(TreasuryService.ASSET_MIN_BALANCE));
        return minted;
    }

    private MintJob deliverOrPark(MintJob job) {
        if (!chain.account(job.fan()).isOptedIn(job.assetId())) {
            return store.mintJobs().save(job.advance(JobStage.PENDING_OPTIN, null, clock.instant()));
        }
        return record(job, JobStage.DELIVERY_SUBMITTED,
                chain.sign(deliveryRequest(job), signers.forRole(SignerRole.MINTER)));
    }

    private MintJob delivered(MintJob job, TxId txId) {
        MintJob delivered = store.inTransaction(tx -> {
            tx.stickers().find(job.stickerId()).ifPresent(s -> tx.stickers().update(s.delivered(txId, clock.instant())));
            return tx.mintJobs().save(job.delivered(txId, clock.instant()));
        });
        metrics.delivered(sinceTip(job));
        metrics.spent(SpendKind.DELIVERY, TreasuryService.MIN_FEE);
        return delivered;
    }

    /**
     * Gives up on a sticker nobody opted in to: records the destroy of its asset with the job (PENDING_OPTIN →
     * DESTROY_SUBMITTED, optimistic lock, so a claim or the listener's delivery racing it leaves one winner), then
     * submits it. A worker follows it to DESTROYED like any other submitted write.
     *
     * @throws dev.stickerplatform.domain.port.StaleWriteException when the job moved on in the meantime
     */
    public MintJob expire(MintJob job) {
        if (job.stage() != JobStage.PENDING_OPTIN) {
            throw new IllegalArgumentException("only a sticker waiting for opt-in expires, not one " + job.stage());
        }
        return submitDestroy(job);
    }

    private MintJob submitDestroy(MintJob job) {
        return record(job, JobStage.DESTROY_SUBMITTED,
                chain.sign(destroyRequest(job), signers.forRole(SignerRole.MINTER)));
    }

    private MintJob destroyed(MintJob job) {
        MintJob destroyed = store.inTransaction(tx -> {
            tx.stickers().find(job.stickerId()).ifPresent(s -> tx.stickers().update(s.expired()));
            return tx.mintJobs().save(job.advance(JobStage.DESTROYED, null, clock.instant()));
        });
        metrics.spent(SpendKind.DESTROY, TreasuryService.MIN_FEE);
        metrics.returned(TreasuryService.ASSET_MIN_BALANCE);
        return destroyed;
    }

    /** The job was created when the listener recorded the tip. */
    private Duration sinceTip(MintJob job) {
        Duration elapsed = Duration.between(job.createdAt(), clock.instant());
        return elapsed.isNegative() ? Duration.ZERO : elapsed;
    }

    /** Saves the job with its new write, then submits it; a refusal surfaces on the next check. */
    private MintJob record(MintJob job, JobStage stage, ChainWrite write) {
        MintJob saved = store.mintJobs().save(job.advance(stage, write, clock.instant()));
        writes.submit(write);
        return saved;
    }
}
