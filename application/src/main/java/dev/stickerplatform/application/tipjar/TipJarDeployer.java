package dev.stickerplatform.application.tipjar;

import dev.stickerplatform.application.approval.GetApprovalService;
import dev.stickerplatform.application.approval.ProposeApprovalService;
import dev.stickerplatform.application.chainwrite.ChainWrites;
import dev.stickerplatform.application.chainwrite.ChainWrites.Progress;
import dev.stickerplatform.application.chainwrite.Leases;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.Approval;
import dev.stickerplatform.domain.model.ApprovalKind;
import dev.stickerplatform.domain.model.ApprovalState;
import dev.stickerplatform.domain.model.ChainWrite;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.PlatformFee;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.TipJar;
import dev.stickerplatform.domain.model.TipJarStatus;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.DuplicateException;
import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.SignerRole;
import dev.stickerplatform.domain.port.Signers;
import dev.stickerplatform.domain.port.Store;
import dev.stickerplatform.domain.port.TxnRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;

/**
 * Moves a tip jar through DEPLOYING → FUNDING → ACTIVE, one recorded chain write at a time. Every write is
 * stored before it is submitted and re-examined on the chain whenever the process comes back to it, so a crash
 * anywhere leaves at most one app and one funding payment, and {@link #advance} finishes the job later.
 * Shared by registration, upgrade and start-up recovery.
 */
public final class TipJarDeployer {
    /** What the TipProxy new deployments create writes into its {@code contract_version} global. */
    public static final long CONTRACT_VERSION = 2;

    private final Chain chain;
    private final ChainWrites writes;
    private final Store store;
    private final Signers signers;
    private final Clock clock;
    private final DeploymentConfig config;
    private final RegistrationMode mode;
    private final ProposeApprovalService proposals;
    private final GetApprovalService approvals;

    /** Deploys without approvals ({@link RegistrationMode#OPEN}). */
    public TipJarDeployer(Chain chain, Store store, Signers signers, Clock clock, DeploymentConfig config) {
        this(chain, store, signers, clock, config, RegistrationMode.OPEN, null, null);
    }

    /**
     * @param proposals proposes the app creations of {@link RegistrationMode#APPROVAL} (null in other modes)
     * @param approvals reads how those approvals stand (null in other modes)
     */
    public TipJarDeployer(Chain chain, Store store, Signers signers, Clock clock, DeploymentConfig config,
                          RegistrationMode mode, ProposeApprovalService proposals, GetApprovalService approvals) {
        this.chain = chain;
        this.writes = new ChainWrites(chain);
        this.store = store;
        this.signers = signers;
        this.clock = clock;
        this.config = config;
        this.mode = mode;
        this.proposals = proposals;
        this.approvals = approvals;
        if (mode == RegistrationMode.APPROVAL && (proposals == null || approvals == null)) {
            throw new IllegalArgumentException("registration by approval needs the approvals service");
        }
    }

    /**
     * A new tip jar to record (and then {@link #start}): its create transaction signed by the DEPLOYER, or, by
     * approval, none yet (the approvers sign it).
     */
    public TipJar newTipJar(UUID id, Address creator, int version, MicroAlgos minTip) {
        TipJar jar = TipJar.deploying(id, creator, version, minTip, null, clock.instant());
        return mode == RegistrationMode.APPROVAL ? jar : jar.withPendingWrite(signCreate(id, creator, minTip));
    }

    /** After {@code jar} is recorded: submits its create transaction, or proposes it for approval. */
    public void start(TipJar jar) {
        if (jar.pendingWrite() != null) {
            writes.submit(jar.pendingWrite());
        } else {
            awaitApproval(jar);
        }
    }

    /**
     * The approval a tip jar waits for before its app is created (by approval only), or null. The approvals of one
     * tip jar have ids derived from its own, attempt after attempt: an expired one is followed by a fresh proposal.
     */
    public Approval awaitedApproval(TipJar jar) {
        if (jar.status() != TipJarStatus.DEPLOYING || jar.pendingWrite() != null) {
            return null;
        }
        for (int attempt = 0; ; attempt++) {
            Approval approval = approvals.find(approvalId(jar, attempt)).orElse(null);
            if (approval == null || approval.state() != ApprovalState.EXPIRED) {
                return approval;
            }
        }
    }

    private TipJar awaitApproval(TipJar jar) {
        for (int attempt = 0; ; attempt++) {
            UUID id = approvalId(jar, attempt);
            Approval approval = approvals.find(id).orElse(null);
            if (approval == null) {
                try {
                    proposals.propose(id, ApprovalKind.DEPLOY_TIP_JAR, SignerRole.DEPLOYER, "create TipProxy "
                            + "(version " + jar.version() + ") of creator " + jar.creator() + ", minimum tip "
                            + jar.minTip().toAlgoString() + " ALGO", createRequest(jar.id(), jar.creator(),
                            jar.minTip()), jar.creator().value());
                } catch (DuplicateException proposedMeanwhile) {
                    // another process proposed it first: the same operation, look again next time
                }
                return jar;
            }
            switch (approval.state()) {
                case PENDING, REJECTED -> {
                    // REJECTED never happens: RejectApprovalService refuses to reject a deployment
                    return jar;
                }
                case SUBMITTED, CONFIRMED -> {
                    // the approvers' signed creation is now this tip jar's write: checked like any other
                    return save(jar.withPendingWrite(approval.write()));
                }
                case EXPIRED -> {
                    // never confirmed, and past its window: the next attempt proposes it again
                }
            }
        }
    }

    private static UUID approvalId(TipJar jar, int attempt) {
        return UUID.nameUUIDFromBytes((jar.id() + "/deploy/" + attempt).getBytes(StandardCharsets.US_ASCII));
    }

    private TxnRequest.CreateTipProxy createRequest(UUID tipJarId, Address creator, MicroAlgos minTip) {
        Terms terms = terms();
        return new TxnRequest.CreateTipProxy(signers.forRole(SignerRole.DEPLOYER).address(), creator,
                terms.platform(), terms.treasury(), minTip, terms.fee(), Leases.of(tipJarId, "create"));
    }

    /**
     * Signs the create transaction of a new tip jar (not submitted): the current TipProxy with the ADMIN account as
     * platform and the configured fee and treasury.
     *
     * @throws IllegalArgumentException when {@code minTip} is not above the fee's floor (the contract would refuse it)
     */
    public ChainWrite signCreate(UUID tipJarId, Address creator, MicroAlgos minTip) {
        return chain.sign(createRequest(tipJarId, creator, minTip), signers.forRole(SignerRole.DEPLOYER));
    }

    /**
     * What a new TipProxy is created with, besides its creator and minimum tip: the platform account (may delete it
     * and tip on a fan's behalf), the treasury and the fee it pays there on every tip.
     */
    public record Terms(Address platform, Address treasury, PlatformFee fee) {
    }

    public Terms terms() {
        return new Terms(signers.forRole(SignerRole.ADMIN).address(), treasury(), config.fee());
    }

    /** The account new TipProxies pay their fee to. */
    private Address treasury() {
        return config.treasury() != null ? config.treasury() : signers.forRole(SignerRole.MINTER).address();
    }

    /**
     * Returns {@code minTip} if a new TipProxy accepts it: above the platform fee's floor, so that every tip leaves
     * the creator something.
     *
     * @throws IllegalArgumentException naming the floor otherwise
     */
    public MicroAlgos checkMinTip(MicroAlgos minTip) {
        if (!config.fee().allowsMinTip(minTip)) {
            throw new IllegalArgumentException("minimum tip must be above the platform fee floor of "
                    + config.fee().floor().toAlgo().toPlainString() + " ALGO");
        }
        return minTip;
    }

    /** Advances the tip jar as far as it goes within {@code maxRounds} rounds; returns its latest state. */
    public TipJar advance(TipJar tipJar, int maxRounds) {
        Round start = chain.currentRound();
        Round seen = start;
        TipJar current = step(tipJar);
        // a deployment waiting for its approvers has nothing to wait for on the chain
        while (current.status() != TipJarStatus.ACTIVE && current.status() != TipJarStatus.RETIRED
                && current.pendingWrite() != null && seen.value() - start.value() < maxRounds) {
            seen = chain.awaitRoundAfter(seen, config.roundTimeout());
            current = step(current);
        }
        return current;
    }

    private TipJar step(TipJar jar) {
        return switch (jar.status()) {
            case DEPLOYING -> jar.pendingWrite() == null ? awaitApproval(jar) : switch (writes.check(
                    jar.pendingWrite())) {
                case Progress.Confirmed confirmed -> fund(jar.created(confirmed.status().createdApp(),
                        confirmed.status().txId(), null));
                // by approval, a dead creation goes back to the approvers; otherwise the DEPLOYER signs it again
                case Progress.Dead dead -> mode == RegistrationMode.APPROVAL ? save(jar.withPendingWrite(null))
                        : record(jar.withPendingWrite(signCreate(jar.id(), jar.creator(), jar.minTip())));
                case Progress.Open open -> jar;
            };
            case FUNDING -> switch (writes.check(jar.pendingWrite())) {
                case Progress.Confirmed confirmed -> save(jar.activated(clock.instant()));
                case Progress.Dead dead -> fund(jar);
                case Progress.Open open -> jar;
            };
            case ACTIVE, RETIRED -> jar;
        };
    }

    private TipJar fund(TipJar created) {
        // the chain is asked first: another caller advancing the same deployment (a request, another process's
        // follow-up) may have funded the app under a txid of its own while this one recorded a different one
        if (chain.account(created.appAddress()).balance().isAtLeast(config.fundAmount())) {
            return save(created.activated(clock.instant()));
        }
        Signer funder = signers.forRole(fundingRole());
        var payment = new TxnRequest.Payment(funder.address(), created.appAddress(), config.fundAmount(),
                null, Leases.of(created.id(), "fund"));
        return record(created.withPendingWrite(chain.sign(payment, funder)));
    }

    /**
     * Who funds a new app: the DEPLOYER, unless it is a multisig (registration by approval), which cannot sign
     * without its approvers; then the MINTER, the platform-held key the tip fees are paid to by default.
     */
    private SignerRole fundingRole() {
        return signers.multisig(SignerRole.DEPLOYER).isPresent() ? SignerRole.MINTER : SignerRole.DEPLOYER;
    }

    /** Stores the tip jar with its new pending write first, then submits the write. */
    private TipJar record(TipJar jar) {
        save(jar);
        writes.submit(jar.pendingWrite());
        return jar;
    }

    private TipJar save(TipJar jar) {
        store.tipJars().update(jar);
        return jar;
    }
}
