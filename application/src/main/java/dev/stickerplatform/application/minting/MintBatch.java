package dev.stickerplatform.application.minting;

import dev.stickerplatform.application.metrics.PipelineMetrics;
import dev.stickerplatform.application.treasury.SpendKind;
import dev.stickerplatform.application.treasury.TreasuryService;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.ChainWrite;
import dev.stickerplatform.domain.model.JobStage;
import dev.stickerplatform.domain.model.MintJob;
import dev.stickerplatform.domain.model.Sticker;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.Chain.TxStatus;
import dev.stickerplatform.domain.port.ChainRejectedException;
import dev.stickerplatform.domain.port.ChainUnavailableException;
import dev.stickerplatform.domain.port.SignerRole;
import dev.stickerplatform.domain.port.Signers;
import dev.stickerplatform.domain.port.Store;
import dev.stickerplatform.domain.port.TxnRequest;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Advances a worker's claimed jobs together, with the same state machine as {@link MintPipeline#advance} and the
 * same rule for every write — recorded before it is submitted:
 * <ol>
 *   <li>one status read per submitted write (and, for a job ready to deliver, one account read);</li>
 *   <li>every job that needs a new write gets it in atomic groups of up to {@code maxGroup}, signed at once;</li>
 *   <li>every change of the batch (new writes with their txids, confirmations, re-check times) is saved in ONE
 *       transaction, the jobs in one batch statement;</li>
 *   <li>only then is each group submitted, one POST per group. A group the chain refuses is split in halves, each
 *       half re-signed as a group of its own (new txids, the same leases, so at most one of the old and the new
 *       transaction can ever confirm) and saved again before it is submitted, down to single transactions, whose
 *       refusal surfaces on the next check as any write's does.</li>
 * </ol>
 * A write still pending is resubmitted only once it has waited {@code resubmitAfter} (the node keeps it in its
 * pool meanwhile; a resubmission is for a node that lost it), so a waiting job costs no POST.
 */
final class MintBatch {
    private final MintPipeline pipeline;
    private final Chain chain;
    private final Store store;
    private final Signers signers;
    private final Clock clock;
    private final PipelineMetrics metrics;

    MintBatch(MintPipeline pipeline, Chain chain, Store store, Signers signers, Clock clock, PipelineMetrics metrics) {
        this.pipeline = pipeline;
        this.chain = chain;
        this.store = store;
        this.signers = signers;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** A job that needs a new write: the job as it stands, and the stage the write moves it to. */
    private record NewWrite(MintJob job, JobStage stage, TxnRequest request) {
    }

    /** What the batch decided for one job before anything is saved. */
    private sealed interface Plan {
        record Save(MintJob job) implements Plan {
        }

        record Minted(MintJob job, AssetId asset, boolean optedIn) implements Plan {
        }

        record Delivered(MintJob job, TxId txId) implements Plan {
        }

        record Destroyed(MintJob job) implements Plan {
        }
    }

    MintPipeline.BatchResult advance(List<MintJob> claimed, int maxGroup, Duration recheckDelay,
                                     Duration resubmitAfter) {
        Instant now = clock.instant();
        Instant recheck = now.plus(recheckDelay);
        Map<UUID, RuntimeException> failures = new LinkedHashMap<>();
        List<NewWrite> newWrites = new ArrayList<>();
        List<Plan> plans = new ArrayList<>();
        Map<ByteBuffer, List<MintJob>> resubmits = new LinkedHashMap<>();
        for (MintJob job : claimed) {
            try {
                plan(job, now, recheck, resubmitAfter, newWrites, plans, resubmits);
            } catch (RuntimeException e) {
                failures.put(job.id(), e);
            }
        }
        List<List<MintJob>> groups = new ArrayList<>();
        for (int from = 0; from < newWrites.size(); from += maxGroup) {
            List<NewWrite> chunk = newWrites.subList(from, Math.min(newWrites.size(), from + maxGroup));
            try {
                List<ChainWrite> signed = chain.signGroup(chunk.stream().map(NewWrite::request).toList(),
                        signers.forRole(SignerRole.MINTER));
                List<MintJob> group = new ArrayList<>();
                for (int i = 0; i < chunk.size(); i++) {
                    NewWrite w = chunk.get(i);
                    group.add(w.job().advance(w.stage(), signed.get(i), now).recheckAt(recheck, now));
                }
                groups.add(group);
                group.forEach(job -> plans.add(new Plan.Save(job)));
            } catch (RuntimeException e) {
                chunk.forEach(w -> failures.put(w.job().id(), e));
            }
        }
        Map<UUID, MintJob> saved = save(plans, now, recheck);
        for (List<MintJob> group : groups) {
            submit(group.stream().map(job -> saved.get(job.id())).toList(), failures);
        }
        resubmits.values().forEach(jobs -> resubmit(jobs.stream().map(job -> saved.get(job.id())).toList(),
                failures));
        return new MintPipeline.BatchResult(claimed.stream().map(job -> saved.getOrDefault(job.id(), job)).toList(),
                failures);
    }

    private void plan(MintJob job, Instant now, Instant recheck, Duration resubmitAfter, List<NewWrite> newWrites,
                      List<Plan> plans, Map<ByteBuffer, List<MintJob>> resubmits) {
        switch (job.stage()) {
            case QUEUED -> newWrites.add(new NewWrite(job, JobStage.MINT_SUBMITTED, pipeline.mintRequest(job)));
            case MINT_SUBMITTED -> {
                switch (status(job)) {
                    case TxStatus.Confirmed c -> plans.add(new Plan.Minted(job, c.createdAsset(),
                            chain.account(job.fan()).isOptedIn(c.createdAsset())));
                    case TxStatus.Dead dead -> newWrites.add(new NewWrite(job, JobStage.MINT_SUBMITTED,
                            pipeline.mintRequest(job)));
                    case TxStatus.Pending pending -> wait(job, now, recheck, resubmitAfter, plans, resubmits);
                }
            }
            case MINTED -> deliverOrPark(job, now, newWrites, plans);
            case DELIVERY_SUBMITTED -> {
                switch (status(job)) {
                    case TxStatus.Confirmed c -> plans.add(new Plan.Delivered(job, c.txId()));
                    case TxStatus.Dead dead -> deliverOrPark(job.advance(JobStage.MINTED, null, now), now, newWrites,
                            plans);
                    case TxStatus.Pending pending -> wait(job, now, recheck, resubmitAfter, plans, resubmits);
                }
            }
            case DESTROY_SUBMITTED -> {
                switch (status(job)) {
                    case TxStatus.Confirmed c -> plans.add(new Plan.Destroyed(job));
                    case TxStatus.Dead dead -> newWrites.add(new NewWrite(job, JobStage.DESTROY_SUBMITTED,
                            pipeline.destroyRequest(job)));
                    case TxStatus.Pending pending -> wait(job, now, recheck, resubmitAfter, plans, resubmits);
                }
            }
            case PENDING_OPTIN, DELIVERED, DESTROYED -> {
                // at rest: nothing to do, the lease is simply released
            }
        }
    }

    private TxStatus status(MintJob job) {
        return chain.status(job.pendingWrite().txId(), job.pendingWrite().lastValid());
    }

    private void deliverOrPark(MintJob job, Instant now, List<NewWrite> newWrites, List<Plan> plans) {
        if (chain.account(job.fan()).isOptedIn(job.assetId())) {
            newWrites.add(new NewWrite(job, JobStage.DELIVERY_SUBMITTED, pipeline.deliveryRequest(job)));
        } else {
            plans.add(new Plan.Save(job.advance(JobStage.PENDING_OPTIN, null, now)));
        }
    }

    /** Still pending: look again later; resubmit (once per group) when it has waited long enough. */
    private static void wait(MintJob job, Instant now, Instant recheck, Duration resubmitAfter, List<Plan> plans,
                             Map<ByteBuffer, List<MintJob>> resubmits) {
        boolean resubmit = !job.updatedAt().plus(resubmitAfter).isAfter(now);
        MintJob waiting = job.recheckAt(recheck, resubmit ? now : job.updatedAt());
        plans.add(new Plan.Save(waiting));
        if (resubmit) {
            resubmits.computeIfAbsent(ByteBuffer.wrap(job.pendingWrite().signedBytes()), k -> new ArrayList<>())
                    .add(waiting);
        }
    }

    /** Everything the batch decided, in one transaction; returns the saved jobs by id. */
    private Map<UUID, MintJob> save(List<Plan> plans, Instant now, Instant recheck) {
        if (plans.isEmpty()) {
            return Map.of();
        }
        List<MintJob> saved = store.inTransaction(tx -> {
            // the batch's stickers in one read: those of the assets just minted (normally none yet), delivered
            // or destroyed
            Set<AssetId> assets = new HashSet<>();
            for (Plan plan : plans) {
                switch (plan) {
                    case Plan.Minted m -> assets.add(m.asset());
                    case Plan.Delivered d -> assets.add(d.job().assetId());
                    case Plan.Destroyed d -> assets.add(d.job().assetId());
                    case Plan.Save s -> {
                    }
                }
            }
            Map<AssetId, Sticker> stickers = assets.isEmpty() ? Map.of() : tx.stickers().findByAssets(assets);
            List<Sticker> changedStickers = new ArrayList<>();
            List<MintJob> jobs = new ArrayList<>(plans.size());
            for (Plan plan : plans) {
                jobs.add(switch (plan) {
                    case Plan.Save s -> s.job();
                    case Plan.Minted m -> minted(tx, m, stickers.get(m.asset()), now);
                    case Plan.Delivered d -> {
                        Sticker sticker = stickers.get(d.job().assetId());
                        if (sticker != null && Long.valueOf(sticker.id()).equals(d.job().stickerId())) {
                            changedStickers.add(sticker.delivered(d.txId(), now));
                        }
                        yield d.job().delivered(d.txId(), now);
                    }
                    case Plan.Destroyed d -> {
                        Sticker sticker = stickers.get(d.job().assetId());
                        if (sticker != null && Long.valueOf(sticker.id()).equals(d.job().stickerId())) {
                            changedStickers.add(sticker.expired());
                        }
                        yield d.job().advance(JobStage.DESTROYED, null, now);
                    }
                });
            }
            tx.stickers().updateAll(changedStickers);
            return tx.mintJobs().saveAll(jobs);
        });
        for (Plan plan : plans) {
            switch (plan) {
                case Plan.Minted m -> {
                    metrics.minted(sinceTip(m.job(), now));
                    metrics.spent(SpendKind.MINT, TreasuryService.MIN_FEE.plus(TreasuryService.ASSET_MIN_BALANCE));
                }
                case Plan.Delivered d -> {
                    metrics.delivered(sinceTip(d.job(), now));
                    metrics.spent(SpendKind.DELIVERY, TreasuryService.MIN_FEE);
                }
                case Plan.Destroyed d -> {
                    metrics.spent(SpendKind.DESTROY, TreasuryService.MIN_FEE);
                    metrics.returned(TreasuryService.ASSET_MIN_BALANCE);
                }
                case Plan.Save s -> {
                }
            }
        }
        Map<UUID, MintJob> byId = new LinkedHashMap<>();
        saved.forEach(job -> byId.put(job.id(), job));
        return byId;
    }

    /** The mint confirmed: its sticker, then waiting for the fan's opt-in (or, already opted in, delivery next). */
    private MintJob minted(Store tx, Plan.Minted m, Sticker existing, Instant now) {
        MintJob job = m.job();
        Sticker sticker = existing != null ? existing : tx.stickers().insert(
                Sticker.minted(job.order(), m.asset(), now));
        MintJob minted = job.minted(m.asset(), sticker.id(), now);
        return m.optedIn() ? minted : minted.advance(JobStage.PENDING_OPTIN, null, now);
    }

    /**
     * Submits a freshly saved group with one POST. Refused: halves, each re-signed as a group of its own and saved
     * before it is submitted, down to single transactions (whose refusal the next check reports).
     */
    private void submit(List<MintJob> group, Map<UUID, RuntimeException> failures) {
        try {
            chain.submit(group.get(0).pendingWrite());
        } catch (ChainRejectedException e) {
            if (group.size() > 1) {
                resignInHalves(group, failures);
            }
        } catch (ChainUnavailableException e) {
            // recorded: resubmitted once it has waited, like any write whose submission was lost
        }
    }

    private void resignInHalves(List<MintJob> group, Map<UUID, RuntimeException> failures) {
        int half = group.size() / 2;
        for (List<MintJob> part : List.of(group.subList(0, half), group.subList(half, group.size()))) {
            List<MintJob> resigned;
            try {
                resigned = resign(part);
            } catch (RuntimeException e) {
                part.forEach(job -> failures.put(job.id(), e));
                continue;
            }
            submit(resigned, failures);
        }
    }

    /** The jobs' writes rebuilt as one new group (same requests, same leases), saved before anything is sent. */
    private List<MintJob> resign(List<MintJob> jobs) {
        Instant now = clock.instant();
        List<ChainWrite> signed = chain.signGroup(jobs.stream().map(this::requestOf).toList(),
                signers.forRole(SignerRole.MINTER));
        List<MintJob> changed = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) {
            MintJob job = jobs.get(i);
            changed.add(job.advance(job.stage(), signed.get(i), now).recheckAt(job.notBefore(), now));
        }
        return store.inTransaction(tx -> tx.mintJobs().saveAll(changed));
    }

    private TxnRequest requestOf(MintJob job) {
        return switch (job.stage()) {
            case MINT_SUBMITTED -> pipeline.mintRequest(job);
            case DELIVERY_SUBMITTED -> pipeline.deliveryRequest(job);
            case DESTROY_SUBMITTED -> pipeline.destroyRequest(job);
            default -> throw new IllegalStateException("job " + job.id() + " has no write in stage " + job.stage());
        };
    }

    /**
     * Resubmits a write that has waited (once for its whole group). A refused group is rebuilt as single
     * transactions (same leases) and saved before they are sent; a refused single write is a failed attempt.
     */
    private void resubmit(List<MintJob> jobs, Map<UUID, RuntimeException> failures) {
        ChainWrite write = jobs.get(0).pendingWrite();
        try {
            chain.submit(write);
        } catch (ChainRejectedException e) {
            if (chain.transactionCount(write) == 1) {
                jobs.forEach(job -> failures.put(job.id(), new WriteRefusedException(e.reason())));
                return;
            }
            for (MintJob job : jobs) {
                try {
                    submit(resign(List.of(job)), failures);
                } catch (RuntimeException again) {
                    failures.put(job.id(), again);
                }
            }
        } catch (ChainUnavailableException e) {
            // tried again once the write has waited once more
        }
    }

    private static Duration sinceTip(MintJob job, Instant now) {
        Duration elapsed = Duration.between(job.createdAt(), now);
        return elapsed.isNegative() ? Duration.ZERO : elapsed;
    }
}
