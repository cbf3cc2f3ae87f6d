package dev.stickerplatform.application.listener;

import dev.stickerplatform.application.logging.LogContext;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.DeliveryStatus;
import dev.stickerplatform.domain.model.JobStage;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.MintJob;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.SkippedTransaction;
import dev.stickerplatform.domain.model.StickerTemplate;
import dev.stickerplatform.domain.model.Tip;
import dev.stickerplatform.domain.model.TipEvent;
import dev.stickerplatform.domain.model.TipJar;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.Sticker;
import dev.stickerplatform.domain.policy.StickerSelection;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.Chain.BlockEvents;
import dev.stickerplatform.domain.port.Store;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Follows the chain one round at a time, exactly once. For round r it reads the block (one request, whatever the
 * number of creators), keeps the tip events logged by top-level calls to our own TipProxy apps, and in ONE
 * transaction records the tips (unique by txid), enqueues one mint job per rewarded tip, re-queues parked
 * deliveries whose fan just opted in, brings changed minimum tips up to date ({@link MinTipFollower}), moves
 * stickers whose ASA changed hands to their new holder ({@link StickerMoves}), and advances the cursor to r. Seeing a round twice changes nothing.
 *
 * <p>Which events count ({@link #credits}): a fan's own tip (the event's fan is the call's sender), or a
 * {@code tip_for} by the platform account (the event names the fan; the contract lets only its
 * {@code platform_address}, the ADMIN account, make one). A creator's tip to their own jar never counts: version 2
 * of the contract refuses it, and version 1 apps, which accept it, are still followed.
 */
public final class FollowChainService {
    private static final System.Logger LOG = System.getLogger(FollowChainService.class.getName());
    private final Chain chain;
    private final Store store;
    private final Clock clock;
    private final Round startRound;
    private final Address platform;
    private final MinTipFollower minTips;

    /**
     * @param startRound where to begin when no cursor is stored yet (null: the chain's current round)
     * @param platform   the platform account every TipProxy stores as {@code platform_address} (ADMIN): the only
     *                   sender whose tip may name another fan
     */
    public FollowChainService(Chain chain, Store store, Clock clock, Round startRound, Address platform) {
        this.chain = chain;
        this.store = store;
        this.clock = clock;
        this.startRound = startRound;
        this.platform = Objects.requireNonNull(platform, "platform");
        this.minTips = new MinTipFollower(chain, store);
    }

    public sealed interface Step {
        /**
         * @param skipped transactions of the round passed over because they could not be interpreted
         * @param fees    the platform fees of the newly recorded tips (version 2 apps pay them to the treasury)
         */
        record Processed(Round round, int tips, int jobs, int deliveriesRequeued, int skipped, MicroAlgos fees)
                implements Step {
        }

        /** The round is not produced yet. */
        record NotYet(Round round) implements Step {
        }
    }

    /** The next round this listener will process. */
    public Round nextRound() {
        return store.listenerCursor().lastProcessed().map(Round::next)
                .orElseGet(() -> startRound != null ? startRound : chain.currentRound());
    }

    public Step processNext() {
        return process(nextRound());
    }

    /**
     * Processes {@code round}, which the caller read from {@link #nextRound()} (one cursor read per round). Only a
     * failure to read the block (or to write the store) throws, so that the round is tried again; a transaction
     * that cannot be interpreted is skipped and recorded with the round, and the round's other tips still count.
     */
    public Step process(Round round) {
        Optional<BlockEvents> block = chain.block(round);
        if (block.isEmpty()) {
            return new Step.NotYet(round);
        }
        List<SkippedTransaction> skipped = new ArrayList<>();
        block.get().skipped().forEach(s -> skipped.add(skip(round, s.index(), s.txId(), s.reason())));
        Map<TxId, MicroAlgos> fees = new HashMap<>();
        List<Tip> tips = tipsIn(block.get(), skipped, fees);
        var minTipChanges = minTips.changes(block.get());
        Map<Tip, Boolean> recordedTips = new java.util.LinkedHashMap<>();
        Step step = store.inTransaction(tx -> {
            recordedTips.clear();
            int recorded = 0;
            long feesOfRecorded = 0;
            int jobs = 0;
            Map<Address, List<StickerTemplate>> templates = new HashMap<>();
            for (Tip tip : tips) {
                if (!tx.tips().insertIfAbsent(tip)) {
                    continue;
                }
                recorded++;
                recordedTips.put(tip, false);
                feesOfRecorded += fees.getOrDefault(tip.txId(), MicroAlgos.ZERO).value();
                var outcome = StickerSelection.select(tip,
                        templates.computeIfAbsent(tip.creator(), c -> tx.templates().byCreator(c)),
                        block.get().timestamp());
                if (outcome instanceof StickerSelection.Outcome.Mint mint
                        && tx.mintJobs().insertIfAbsent(MintJob.queued(tip, mint.template(), mint.type(),
                        mint.expiresAt(), clock.instant()))) {
                    jobs++;
                    recordedTips.put(tip, true);
                }
            }
            int requeued = requeueOptedIn(tx, block.get());
            MinTipFollower.record(tx, minTipChanges);
            StickerMoves.record(tx, block.get());
            skipped.forEach(tx.listenerCursor()::recordSkipped);
            tx.listenerCursor().advance(round);
            return new Step.Processed(round, recorded, jobs, requeued, skipped.size(),
                    MicroAlgos.of(feesOfRecorded));
        });
        recordedTips.forEach(FollowChainService::logRecorded);
        return step;
    }

    /**
     * One INFO line per tip once its round is committed, tagged with {@code tipTxId} and, when it earns a sticker,
     * the {@code jobId} the workers' lines carry: one tip can be followed through every process's log.
     */
    private static void logRecorded(Tip tip, boolean queued) {
        UUID jobId = queued ? MintJob.idFor(tip.txId()) : null;
        try (LogContext.Scope scope = LogContext.with("tipTxId", tip.txId(), "jobId", jobId)) {
            LOG.log(System.Logger.Level.INFO, "tip {0} recorded: {1} microAlgos from {2} to {3} in round {4}, {5}",
                    tip.txId(), tip.amount().value(), tip.fan(), tip.creator(), tip.round(),
                    queued ? "sticker job " + jobId + " queued" : "no sticker");
        }
    }

    private SkippedTransaction skip(Round round, int index, TxId txId, String reason) {
        LOG.log(System.Logger.Level.WARNING, "skipped transaction {0} ({1} of round {2}): {3}",
                txId == null ? "without an id" : txId, index, round, reason);
        return new SkippedTransaction(round, Math.max(0, index), txId, reason, clock.instant());
    }

    /** The tips of {@code block} to our apps; their platform fees go into {@code fees} by txid. */
    private List<Tip> tipsIn(BlockEvents block, List<SkippedTransaction> skipped, Map<TxId, MicroAlgos> fees) {
        var appIds = block.appCalls().stream().map(Chain.AppCall::app).collect(Collectors.toSet());
        if (appIds.isEmpty()) {
            return List.of();
        }
        Map<AppId, TipJar> ours = store.tipJars().findByApps(appIds);
        List<Tip> tips = new ArrayList<>();
        for (Chain.AppCall call : block.appCalls()) {
            TipJar jar = ours.get(call.app());
            if (jar == null) {
                continue;
            }
            try {
                tips.addAll(tipsOf(call, jar, block, fees));
            } catch (RuntimeException e) {
                // a log our own app could never have written (an amount beyond any ALGO supply, a broken field):
                // pass the call over, keep the round's other tips
                skipped.add(skip(block.round(), call.index(), call.txId(), "app " + call.app() + ": " + e));
            }
        }
        return tips;
    }

    private List<Tip> tipsOf(Chain.AppCall call, TipJar jar, BlockEvents block, Map<TxId, MicroAlgos> fees) {
        List<Tip> tips = new ArrayList<>();
        for (byte[] log : call.logs()) {
            TipEvent.decode(log).filter(event -> credits(event, call, jar)).ifPresentOrElse(
                    event -> {
                        tips.add(new Tip(call.txId(), call.app(), event.fan(), jar.creator(), event.amount(),
                                event.memo(), block.round(), clock.instant()));
                        fees.put(call.txId(), event.fee());
                    },
                    () -> LOG.log(System.Logger.Level.DEBUG, "ignored a log of app {0} in {1}", call.app(),
                            call.txId()));
        }
        return tips;
    }

    /** Whether {@code event}, logged by {@code call} to {@code jar}'s app, credits its fan with a tip. */
    private boolean credits(TipEvent event, Chain.AppCall call, TipJar jar) {
        if (event.fan().equals(jar.creator())) {
            LOG.log(System.Logger.Level.INFO, "ignored a self-tip of creator {0} to app {1} in {2} (version 1 app)",
                    jar.creator(), call.app(), call.txId());
            return false;
        }
        return event.fan().equals(call.sender())
                || event.layout() == TipEvent.Layout.TIP_WITH_FEE && call.sender().equals(platform);
    }

    /**
     * Parked deliveries whose fan opted in to the asset in this round go back to the workers: three statements
     * per round (stickers, jobs, one batch save), whatever the number of opt-ins.
     */
    private int requeueOptedIn(Store tx, BlockEvents block) {
        if (block.optIns().isEmpty()) {
            return 0;
        }
        Map<AssetId, Sticker> stickers = tx.stickers().findByAssets(
                block.optIns().stream().map(Chain.OptIn::asset).collect(java.util.stream.Collectors.toSet()));
        Map<java.util.UUID, TxId> parked = new java.util.LinkedHashMap<>();
        for (Chain.OptIn optIn : block.optIns()) {
            Sticker sticker = stickers.get(optIn.asset());
            if (sticker != null && sticker.owner().equals(optIn.account())
                    && sticker.status() == DeliveryStatus.PENDING_OPTIN) {
                parked.put(MintJob.idFor(sticker.tipTxId()), sticker.tipTxId());
            }
        }
        if (parked.isEmpty()) {
            return 0;
        }
        Map<java.util.UUID, MintJob> jobs = tx.mintJobs().findAll(parked.keySet());
        List<MintJob> requeued = new ArrayList<>();
        for (java.util.UUID id : parked.keySet()) {
            MintJob job = jobs.get(id);
            if (job != null && job.stage() == JobStage.PENDING_OPTIN && !job.isDead()) {
                requeued.add(job.advance(JobStage.MINTED, null, clock.instant()));
            }
        }
        tx.mintJobs().saveAll(requeued);
        return requeued.size();
    }
}
