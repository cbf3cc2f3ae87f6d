package dev.stickerplatform.domain.port;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.Approval;
import dev.stickerplatform.domain.model.ApprovalState;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.Creator;
import dev.stickerplatform.domain.model.DeploymentPayment;
import dev.stickerplatform.domain.model.Grant;
import dev.stickerplatform.domain.model.GrantKind;
import dev.stickerplatform.domain.model.DeliveryStatus;
import dev.stickerplatform.domain.model.JobStage;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.MintJob;
import dev.stickerplatform.domain.model.OnrampOrder;
import dev.stickerplatform.domain.model.OnrampStatus;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.SkippedTransaction;
import dev.stickerplatform.domain.model.Sticker;
import dev.stickerplatform.domain.model.StickerTemplate;
import dev.stickerplatform.domain.model.StickerTransfer;
import dev.stickerplatform.domain.model.StickerType;
import dev.stickerplatform.domain.model.Tip;
import dev.stickerplatform.domain.model.TipJar;
import dev.stickerplatform.domain.model.TxId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The platform's durable records, one repository per aggregate, plus the unit of work that commits several of
 * them atomically.
 *
 * <p>Contract, for every implementation:
 * <ul>
 *   <li>Records are values: what a repository returns is a copy; changing the store later never changes it.</li>
 *   <li>Outside {@link #inTransaction} each call commits on its own. Inside it, the {@code Store} handed to the
 *       work sees its own writes, and either all of them commit or none (when the work throws, the exception
 *       propagates after the rollback).</li>
 *   <li>Uniqueness rules are enforced by the store itself, even under concurrency: one tip per txid, one
 *       sticker per tip, one mint job per id, at most one not-RETIRED tip jar per creator and per app id,
 *       template uniqueness on (creator, category, type, threshold). A violation is {@link DuplicateException}
 *       (or {@code false} from an {@code insertIfAbsent}).</li>
 *   <li>Failures of the store itself are {@link StoreUnavailableException}.</li>
 * </ul>
 */
public interface Store {
    /** Runs {@code work} in one transaction and returns its result; see the class contract. */
    <T> T inTransaction(Function<Store, T> work);

    Creators creators();

    TipJars tipJars();

    Templates templates();

    Tips tips();

    Stickers stickers();

    MintJobs mintJobs();

    ListenerCursor listenerCursor();

    Approvals approvals();

    Grants grants();

    StickerTransfers stickerTransfers();

    OnrampOrders onrampOrders();

    DeploymentPayments deploymentPayments();

    interface Creators {
        /** Inserts or replaces the creator with this wallet. */
        void save(Creator creator);

        Optional<Creator> find(Address wallet);
    }

    interface TipJars {
        /** Inserts a new tip jar; {@link DuplicateException} if the creator already has one not RETIRED. */
        void insert(TipJar tipJar);

        /** Replaces the tip jar with the same id. */
        void update(TipJar tipJar);

        Optional<TipJar> find(UUID id);

        /** The creator's tip jar that is not RETIRED (deploying, funding or active), if any. */
        Optional<TipJar> current(Address creator);

        /** The tip jar (of any status) that owns this app, if any. */
        Optional<TipJar> findByApp(AppId app);

        /**
         * The tip jars owning any of these apps, by app id (apps we do not own are absent). One round trip in
         * real stores: the listener calls it once per round with every app called in the block.
         */
        default Map<AppId, TipJar> findByApps(Collection<AppId> apps) {
            Map<AppId, TipJar> found = new java.util.HashMap<>();
            for (AppId app : apps) {
                findByApp(app).ifPresent(jar -> found.put(app, jar));
            }
            return found;
        }

        /** Tip jars a crash may have left half-way (DEPLOYING or FUNDING), oldest first. */
        List<TipJar> unfinished();

        /** All tip jars that own an app and are not DEPLOYING, i.e. whose tips the listener follows. */
        List<TipJar> withApps();
    }

    interface Templates {
        /**
         * Inserts a template and returns it with its new id. {@link DuplicateException} when the creator already
         * has one with the same category, type and threshold, or another of the same membership category;
         * {@link TemplateLimitException} when the creator already has
         * {@code TemplateRules.MAX_TEMPLATES_PER_CREATOR} templates (checked atomically with the insert, so
         * concurrent inserts can never go past the cap).
         */
        StickerTemplate insert(StickerTemplate template);

        Optional<StickerTemplate> find(long id);

        /** The creator's templates, newest first. */
        List<StickerTemplate> byCreator(Address creator);

        Map<Long, StickerTemplate> findAll(Collection<Long> ids);

        int countByCreator(Address creator);

        /** Deletes; returns false when there was nothing to delete. */
        boolean delete(long id);
    }

    interface Tips {
        /** Records a tip unless one with the same txid exists; returns whether it was inserted. */
        boolean insertIfAbsent(Tip tip);

        Optional<Tip> find(TxId txId);

        /** The tips with these txids, by txid (unknown txids are absent). One round trip in the database store. */
        Map<TxId, Tip> findAll(Collection<TxId> txIds);

        /** The fan's latest tips, newest first. */
        List<Tip> recentByFan(Address fan, int limit);

        /** The tips a creator received, newest first. */
        List<Tip> recentByCreator(Address creator, int limit);

        /** One fan's totals: tip count, sum and distinct creators. */
        Totals fanTotals(Address fan);

        /** One creator's totals: tip count, sum and distinct fans. */
        Totals creatorTotals(Address creator);

        /** The creators a fan tipped most (by sum, then count, then address), with that fan's totals. */
        List<Ranked> creatorsOfFan(Address fan, int limit);

        /** A creator's fans by sum (then count, then address). */
        List<Ranked> fansOfCreator(Address creator, int limit);

        /** {@link #fansOfCreator(Address, int)} from rank {@code offset + 1}: the ranking pages to its end. */
        default List<Ranked> fansOfCreator(Address creator, int offset, int limit) {
            List<Ranked> top = fansOfCreator(creator, Math.addExact(offset, limit));
            return top.size() <= offset ? List.of() : List.copyOf(top.subList(offset, top.size()));
        }

        /** All creators by sum received (then count, then address); {@code distinct} = distinct fans. */
        List<Ranked> topCreators(int limit);

        /** {@link #topCreators(int)} from rank {@code offset + 1}: the ranking pages to its end. */
        default List<Ranked> topCreators(int offset, int limit) {
            List<Ranked> top = topCreators(Math.addExact(offset, limit));
            return top.size() <= offset ? List.of() : List.copyOf(top.subList(offset, top.size()));
        }

        /** {@code distinct} counts the other side (creators of a fan, fans of a creator). */
        record Totals(long count, MicroAlgos sum, long distinct) {
        }

        /** One party of a ranking with its totals; {@code distinct} as in {@link Totals}. */
        record Ranked(Address party, long count, MicroAlgos sum, long distinct) {
        }
    }

    interface Stickers {
        /** Inserts and returns the sticker with its id; {@link DuplicateException} if the tip already has one. */
        Sticker insert(Sticker sticker);

        /**
         * Replaces the sticker; once the chain moved it ({@link Sticker#ownerRound()} stored), its stored owner and
         * owner round stay as they are: only {@link #moveOwner} changes them.
         */
        void update(Sticker sticker);

        /** Updates each sticker as {@link #update} does; one round trip where the implementation can. */
        default void updateAll(List<Sticker> stickers) {
            stickers.forEach(this::update);
        }

        /**
         * Records that the chain moved the sticker of {@code asset} to {@code owner} in {@code round}: saved unless a
         * move of a later round is already recorded, so a move replayed or processed late changes nothing (moves of
         * one round are recorded in block order). Returns the sticker as stored now, empty when the asset is no
         * sticker's.
         */
        Optional<Sticker> moveOwner(AssetId asset, Address owner, Round round);

        Optional<Sticker> find(long id);

        Optional<Sticker> findByTip(TxId tipTxId);

        /** The sticker of this asset (each sticker has its own ASA). */
        Optional<Sticker> findByAsset(AssetId asset);

        /**
         * The stickers of any of these assets, by asset (assets that are not stickers are absent). One round trip in
         * real stores: the listener calls it once per round with every asset moved in the block.
         */
        default Map<AssetId, Sticker> findByAssets(Collection<AssetId> assets) {
            Map<AssetId, Sticker> found = new java.util.HashMap<>();
            for (AssetId asset : assets) {
                findByAsset(asset).ifPresent(sticker -> found.put(asset, sticker));
            }
            return found;
        }

        /** Stickers owned by a fan, newest first, optionally only in one status. */
        List<Sticker> byOwner(Address owner, DeliveryStatus status, PageRequest page);

        long countByOwner(Address owner, DeliveryStatus status);

        /** How many stickers of each type the fan owns: DELIVERED only (a sticker waiting for opt-in is not owned). */
        Map<StickerType, Long> countByOwnerAndType(Address owner);

        /** Stickers minted from each template. */
        Map<Long, Long> countByTemplates(Collection<Long> templateIds);

        long countByCreator(Address creator);

        /** How many of a creator's stickers each of these fans owns: DELIVERED only, as {@link #countByOwnerAndType}. */
        Map<Address, Long> countByCreatorForOwners(Address creator, Collection<Address> owners);

        /**
         * How many expired memberships each of these fans owns (DELIVERED, {@code expiresAt} at or before
         * {@code now}), of one creator's stickers, or of any creator's when {@code creator} is null. They stay in the
         * wallet and in the owned counts; views mark them expired.
         */
        Map<Address, Long> countExpiredMemberships(Address creator, Collection<Address> owners, Instant now);
    }

    interface MintJobs {
        /** Enqueues a job unless one with its id exists; returns whether it was inserted. */
        boolean insertIfAbsent(MintJob job);

        Optional<MintJob> find(UUID id);

        /** The jobs of these ids that exist, by id; one round trip where the implementation can. */
        default Map<UUID, MintJob> findAll(Collection<UUID> ids) {
            Map<UUID, MintJob> found = new java.util.HashMap<>();
            ids.forEach(id -> find(id).ifPresent(job -> found.put(id, job)));
            return found;
        }

        /**
         * Saves a job the caller read at {@code job.version()}; returns it at the next version.
         * {@link StaleWriteException} when the stored version is not the one read (another worker moved it).
         */
        MintJob save(MintJob job);

        /**
         * Saves several jobs as {@link #save} does, in order; {@link StaleWriteException} when any of them is stale
         * (run it in a transaction to keep none then). One round trip where the implementation can.
         */
        default List<MintJob> saveAll(List<MintJob> jobs) {
            return jobs.stream().map(this::save).toList();
        }

        /** Jobs in a stage (or all stages when null), dead ones only when {@code dead}, oldest first. */
        List<MintJob> list(JobStage stage, boolean dead, PageRequest page);

        /** Job counts per stage (dead jobs counted under their stage and in {@code dead}). */
        Map<JobStage, Long> countByStage();

        long countDead();

        /**
         * How many jobs of the template have not minted their asset yet (stage QUEUED or MINT_SUBMITTED, dead or
         * not): they still need the template's pinned metadata.
         */
        long countUnmintedByTemplate(long templateId);
    }

    interface ListenerCursor {
        /** The last round whose events are fully recorded, or empty before the first round. */
        Optional<Round> lastProcessed();

        void advance(Round round);

        /**
         * Records a transaction the listener passed over (call it in the round's transaction, with
         * {@link #advance}); recording the same (round, index) again changes nothing.
         */
        void recordSkipped(SkippedTransaction skipped);

        /** The latest skipped transactions, newest round first (then by index). */
        List<SkippedTransaction> skipped(int limit);

        /** How many skipped transactions are recorded. */
        long countSkipped();
    }

    /** High-value operations waiting for (or done with) approvals. */
    interface Approvals {
        /** Records a new approval; {@link DuplicateException} when one with its id exists. */
        void insert(Approval approval);

        Optional<Approval> find(UUID id);

        /**
         * Saves an approval the caller read at {@code approval.version()}; returns it at the next version.
         * {@link StaleWriteException} when another approver saved it in between.
         */
        Approval save(Approval approval);

        /** Approvals in a state (all states when null), newest first. */
        List<Approval> list(ApprovalState state, PageRequest page);

        /** How many approvals are in each state (every state present, 0 when none). */
        Map<ApprovalState, Long> countByState();
    }

    /** Stickers given rather than earned; each grant is the origin of one mint job (see {@link Grant}). */
    interface Grants {
        /** Records a grant unless one with its origin id exists; returns whether it was inserted. */
        boolean insertIfAbsent(Grant grant);

        Optional<Grant> find(TxId originId);

        /** The grants among these origin ids (tips' txids are simply absent), by origin id. One round trip. */
        Map<TxId, Grant> findAll(Collection<TxId> originIds);

        /** How many grants of this kind {@code grantedBy} made at or after {@code since} (quotas). */
        long countByGrantorSince(Address grantedBy, GrantKind kind, Instant since);
    }

    /** Transfers of held stickers that wait for (or went through) an approval. */
    interface StickerTransfers {
        /**
         * Records a transfer; {@link DuplicateException} when one with its approval id exists, or when it awaits
         * approval while another transfer of the same sticker does (at most one waits per sticker).
         */
        void insert(StickerTransfer transfer);

        /** The transfer of this sticker that waits for its approval, if one does. */
        default Optional<StickerTransfer> awaitingFor(long stickerId) {
            return awaitingApproval(Integer.MAX_VALUE).stream().filter(t -> t.stickerId() == stickerId).findFirst();
        }

        void update(StickerTransfer transfer);

        Optional<StickerTransfer> find(UUID approvalId);

        /** Transfers still waiting for their approval, oldest first. */
        List<StickerTransfer> awaitingApproval(int limit);
    }

    /** Fiat on-ramp orders, and the webhook events already applied to them (each exactly once). */
    interface OnrampOrders {
        /** Records a new order; {@link DuplicateException} when one with its partner order id exists. */
        void insert(OnrampOrder order);

        Optional<OnrampOrder> find(String partnerOrderId);

        /**
         * Saves an order the caller read at {@code order.version()}; returns it at the next version.
         * {@link StaleWriteException} when another caller saved it in between. {@link DuplicateException} when its
         * payment is already another order's (one on-chain payment credits one order).
         */
        OnrampOrder save(OnrampOrder order);

        /** The fan's orders, newest first. */
        List<OnrampOrder> byFan(Address fan, int limit);

        /** Orders in a status, oldest first (the follow-up of submitted tips). */
        List<OnrampOrder> inStatus(OnrampStatus status, int limit);

        /** Records that the webhook event {@code eventKey} was applied; false when it already was. */
        boolean recordEvent(String eventKey, String partnerOrderId, Instant at);
    }

    /** Creators' payments for deployments ({@code REGISTRATION_MODE=paid}), each used once. */
    interface DeploymentPayments {
        /**
         * Records a payment as used (with the deployment it pays for, in the same transaction);
         * {@link DuplicateException} when its txid is already recorded.
         */
        void insert(DeploymentPayment payment);

        Optional<DeploymentPayment> find(TxId txId);
    }
}
