package dev.stickerplatform.application.approval;

import dev.stickerplatform.application.auth.WalletSignatures;
import dev.stickerplatform.application.chainwrite.ChainWrites;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.Approval;
import dev.stickerplatform.domain.model.ApprovalKind;
import dev.stickerplatform.domain.model.ApprovalState;
import dev.stickerplatform.domain.model.ChainWrite;
import dev.stickerplatform.domain.model.MultisigAccount;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.ChainUnavailableException;
import dev.stickerplatform.domain.port.DuplicateException;
import dev.stickerplatform.domain.port.PageRequest;
import dev.stickerplatform.domain.port.Randomness;
import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.SignerRole;
import dev.stickerplatform.domain.port.Signers;
import dev.stickerplatform.domain.port.StaleWriteException;
import dev.stickerplatform.domain.port.Store;
import dev.stickerplatform.domain.port.SwitchingSigner;
import dev.stickerplatform.domain.port.TxnRequest;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Proposes high-value operations, collects their signatures and submits them once the threshold is met.
 *
 * <p>The transaction is prepared when proposed (fixed parameters, so a fixed txid and a validity window of about
 * a thousand rounds); every signature is over exactly those bytes. When the role's account is a multisig, each
 * approver signs with their own member key, outside the platform, and hands in the signature; otherwise the
 * platform holds the account's key and signs it when an administrator approves. With enough signatures the signed
 * transaction is recorded before it is submitted (as every platform write), and each later look at the approval
 * asks the chain how it ended: confirmed, or expired when its window passed unconfirmed. An expired approval is
 * not revived: propose the operation again.
 */
public final class ApprovalService {
    private static final System.Logger LOG = System.getLogger(ApprovalService.class.getName());
    private static final int SAVE_ATTEMPTS = 8;

    private final Store store;
    private final Chain chain;
    private final Signers signers;
    private final Randomness randomness;
    private final Clock clock;

    public ApprovalService(Store store, Chain chain, Signers signers, Randomness randomness, Clock clock) {
        this.store = store;
        this.chain = chain;
        this.signers = signers;
        this.randomness = randomness;
        this.clock = clock;
    }

    /**
     * Prepares {@code request} (sent by {@code role}'s account) and records it as waiting for approvals.
     *
     * @param requestedBy who asked for it (a wallet address, or {@code "platform"} for the platform's own upkeep)
     */
    public Approval propose(ApprovalKind kind, SignerRole role, String summary, TxnRequest request,
                            String requestedBy) {
        ByteBuffer bytes = ByteBuffer.wrap(randomness.bytes(16));
        return propose(new UUID(bytes.getLong(), bytes.getLong()), kind, role, summary, request, requestedBy);
    }


    /**
     * Like {@link #propose}, under an id the caller derives from the operation, so that proposing the same
     * operation again (another process, a retry) returns the approval already recorded instead of a second one.
     */
    public Approval proposeOnce(UUID id, ApprovalKind kind, SignerRole role, String summary, TxnRequest request,
                                String requestedBy) {
        Optional<Approval> existing = store.approvals().find(id);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            return propose(id, kind, role, summary, request, requestedBy);
        } catch (DuplicateException concurrentProposal) {
            return store.approvals().find(id).orElseThrow(() -> concurrentProposal);
        }
    }

    /**
     * Like {@link #propose(ApprovalKind, SignerRole, String, TxnRequest, String)} under an id the caller derives
     * (so it can find the approval again, e.g. a tip jar's deployment).
     *
     * @throws dev.stickerplatform.domain.port.DuplicateException when an approval with that id exists
     */
    public Approval propose(UUID id, ApprovalKind kind, SignerRole role, String summary, TxnRequest request,
                            String requestedBy) {
        Approval approval = prepare(id, kind, role, summary, request, requestedBy);
        store.approvals().insert(approval);
        logProposed(approval, requestedBy);
        return approval;
    }

    /**
     * The approval {@link #propose} would record, not recorded yet: the caller inserts it in its own store
     * transaction with what depends on it (e.g. a sticker transfer), then calls {@link #logProposed}.
     */
    public Approval prepare(ApprovalKind kind, SignerRole role, String summary, TxnRequest request,
                            String requestedBy) {
        ByteBuffer bytes = ByteBuffer.wrap(randomness.bytes(16));
        return prepare(new UUID(bytes.getLong(), bytes.getLong()), kind, role, summary, request, requestedBy);
    }

    private Approval prepare(UUID id, ApprovalKind kind, SignerRole role, String summary, TxnRequest request,
                             String requestedBy) {
        Address account = alignWithChain(role).address();
        if (!request.sender().equals(account)) {
            throw new IllegalArgumentException("the transaction must be sent by the " + role + " account");
        }
        return Approval.proposed(id, kind, role.name(), summary, account, signers.multisig(role).orElse(null),
                chain.prepare(request), requestedBy, clock.instant());
    }

    /** Logs a proposal recorded by the caller ({@link #prepare}). */
    public void logProposed(Approval approval, String requestedBy) {
        String summary = approval.summary();
        UUID id = approval.id();
        String role = approval.role();
        LOG.log(System.Logger.Level.INFO,
                "approval {0} proposed by {1}: {2} ({3} signature(s) of {4} needed, txid {5})",
                id, requestedBy, summary, approval.threshold(), approval.multisig() == null ? role + "'s key"
                        : approval.multisig().toString(), approval.txn().txId());
    }

    /** What became of an approval's signature. */
    public sealed interface SignResult {
        /** Accepted; the approval as it is now (SUBMITTED once the threshold was met). */
        record Signed(Approval approval) implements SignResult {
        }

        record NotFound() implements SignResult {
        }

        /** It no longer takes signatures (submitted, confirmed or expired). */
        record Closed(Approval approval) implements SignResult {
        }

        /** The signature was refused; {@code reason} says why, in words a client can show. */
        record Refused(String reason) implements SignResult {
        }
    }

    /**
     * Adds a signature. For a multisig account, {@code signer} is the member key and {@code signature} its Ed25519
     * signature of the approval's {@code bytesToSign}; for a platform-held key both are null and the platform signs.
     *
     * @param approvedBy who handed it in (the administrator's wallet), for the log
     */
    public SignResult sign(UUID id, Address signer, byte[] signature, String approvedBy) {
        for (int attempt = 1; ; attempt++) {
            Approval approval = store.approvals().find(id).orElse(null);
            if (approval == null) {
                return new SignResult.NotFound();
            }
            approval = refresh(approval, chain::currentRound);
            if (approval.state() != ApprovalState.PENDING) {
                return new SignResult.Closed(approval);
            }
            SignResult refused = check(approval, signer, signature);
            if (refused != null) {
                return refused;
            }
            Approval signed;
            if (approval.multisig() == null) {
                Signer platform = alignWithChain(SignerRole.valueOf(approval.role()));
                signed = approval.withSignature(platform.authAddress(),
                        platform.sign(approval.txn().bytesToSign()), clock.instant());
            } else if (Arrays.equals(approval.signatures().get(signer), signature)) {
                return new SignResult.Signed(approval);
            } else {
                signed = approval.withSignature(signer, signature, clock.instant());
            }
            try {
                Approval saved = signed.hasEnoughSignatures() ? submit(signed) : store.approvals().save(signed);
                LOG.log(System.Logger.Level.INFO, "approval {0}: signature of {1} handed in by {2}; {3} of {4}",
                        id, signer == null ? "the platform key" : signer, approvedBy, saved.signatures().size(),
                        saved.threshold());
                return new SignResult.Signed(saved);
            } catch (StaleWriteException e) {
                if (attempt == SAVE_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** What became of a rejection. */
    public sealed interface RejectResult {
        /** Rejected: its transaction is never submitted. */
        record Rejected(Approval approval) implements RejectResult {
        }

        record NotFound() implements RejectResult {
        }

        /** It no longer waits for signatures (submitted, confirmed, expired or already rejected). */
        record Closed(Approval approval) implements RejectResult {
        }

        /** This kind of approval cannot be rejected; {@code reason} says why, in words a client can show. */
        record Refused(String reason) implements RejectResult {
        }
    }

    /**
     * Rejects a pending approval: its transaction is never submitted, and no signature is taken any more. Under
     * optimistic locking, so a rejection racing the last signature loses to it (or wins) cleanly: the transaction
     * is either submitted or rejected, never both. A tip jar's deployment cannot be rejected (its deployer
     * proposes it again): let it expire, or retire the tip jar.
     */
    public RejectResult reject(UUID id, String rejectedBy, String reason) {
        for (int attempt = 1; ; attempt++) {
            Approval approval = store.approvals().find(id).orElse(null);
            if (approval == null) {
                return new RejectResult.NotFound();
            }
            approval = refresh(approval, chain::currentRound);
            if (approval.state() != ApprovalState.PENDING) {
                return new RejectResult.Closed(approval);
            }
            if (approval.kind() == ApprovalKind.DEPLOY_TIP_JAR) {
                return new RejectResult.Refused("a tip jar's deployment is proposed again until it is approved: "
                        + "let it expire, or retire the tip jar");
            }
            String why = "rejected by " + rejectedBy + (reason == null || reason.isBlank() ? "" : ": " + reason);
            try {
                Approval rejected = store.approvals().save(approval.rejected(why, clock.instant()));
                LOG.log(System.Logger.Level.INFO, "approval {0} ({1}) {2}", id, approval.summary(), why);
                return new RejectResult.Rejected(rejected);
            } catch (StaleWriteException e) {
                if (attempt == SAVE_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** The approval as it is now (asking the chain about a submitted one). */
    public Optional<Approval> find(UUID id) {
        return store.approvals().find(id).map(approval -> refresh(approval, chain::currentRound));
    }

    /**
     * Brings the open approvals up to date with the chain: submitted ones are resubmitted while they can still
     * confirm (a crash between recording and submitting loses nothing) and marked confirmed or expired; pending
     * ones past their window are marked expired. Run periodically by the server.
     *
     * @return how many open approvals were looked at
     */
    public int followUp() {
        int seen = 0;
        for (ApprovalState state : new ApprovalState[] {ApprovalState.SUBMITTED, ApprovalState.PENDING}) {
            seen += list(state, PageRequest.first(PageRequest.MAX_LIMIT)).size();
        }
        return seen;
    }

    /** Approvals in a state (all when null), newest first; open ones are brought up to date first. */
    public List<Approval> list(ApprovalState state, PageRequest page) {
        Supplier<Round> round = currentRoundOnce();
        List<Approval> found = store.approvals().list(state, page).stream()
                .map(approval -> refresh(approval, round)).toList();
        return state == null ? found : found.stream().filter(approval -> approval.state() == state).toList();
    }

    /**
     * The role's signer, set to the key the chain authorizes now when it holds more than one (during a rotation,
     * possibly to a multisig): high-value operations are rare, so one account read each is cheap.
     */
    private Signer alignWithChain(SignerRole role) {
        Signer signer = signers.forRole(role);
        if (signer instanceof SwitchingSigner switching) {
            switching.use(chain.account(switching.address()).signingAddress());
        }
        return signer;
    }

    private SignResult check(Approval approval, Address signer, byte[] signature) {
        MultisigAccount multisig = approval.multisig();
        if (multisig == null) {
            return signer == null && signature == null ? null : new SignResult.Refused(approval.role()
                    + " is signed by the platform's own key: approve without a signer or signature");
        }
        if (signer == null || signature == null) {
            return new SignResult.Refused(approval.account() + " is " + multisig
                    + ": a member's address and signature are required");
        }
        if (!multisig.isMember(signer)) {
            return new SignResult.Refused(signer + " is not a member of " + multisig);
        }
        if (!WalletSignatures.verify(signer.publicKey(), approval.txn().bytesToSign(), signature)) {
            return new SignResult.Refused("the signature does not verify: sign bytesToSign of approval "
                    + approval.id() + " with the key of " + signer);
        }
        return null;
    }

    /** Records the signed transaction, then submits it; a refusal by the chain is kept as the last error. */
    private Approval submit(Approval approval) {
        ChainWrite write = approval.multisig() == null
                ? chain.withSignature(approval.txn(), approval.signatures().keySet().iterator().next(),
                        approval.signatures().values().iterator().next())
                : chain.withMultisig(approval.txn(), approval.multisig(), approval.signatures());
        Approval recorded = store.approvals().save(approval.submitted(write, null, clock.instant()));
        ChainWrites.Progress progress;
        try {
            progress = new ChainWrites(chain).submit(write);
        } catch (ChainUnavailableException e) {
            return recorded.withError("the node was unreachable; the recorded transaction is resubmitted at the "
                    + "next look", clock.instant());
        }
        if (progress instanceof ChainWrites.Progress.Open open && open.rejection() != null) {
            return saveQuietly(recorded.withError(open.rejection(), clock.instant()));
        }
        return recorded;
    }

    /** The chain's current round, asked at most once however many approvals look at it. */
    private Supplier<Round> currentRoundOnce() {
        Round[] asked = new Round[1];
        return () -> {
            if (asked[0] == null) {
                asked[0] = chain.currentRound();
            }
            return asked[0];
        };
    }

    /** The approval brought up to date with the chain; {@code round} gives the chain's current round. */
    private Approval refresh(Approval approval, Supplier<Round> round) {
        try {
            return switch (approval.state()) {
                case PENDING -> round.get().value() > approval.txn().lastValid().value()
                        ? saveQuietly(approval.expired(clock.instant())) : approval;
                case SUBMITTED -> switch (new ChainWrites(chain).check(approval.write())) {
                    case ChainWrites.Progress.Confirmed c ->
                            saveQuietly(approval.confirmed(c.status().round(), clock.instant()));
                    case ChainWrites.Progress.Dead dead -> saveQuietly(approval.expired(clock.instant()));
                    case ChainWrites.Progress.Open open -> Objects.equals(open.rejection(), approval.lastError())
                            ? approval : saveQuietly(approval.withError(open.rejection(), clock.instant()));
                };
                case CONFIRMED, EXPIRED, REJECTED -> approval;
            };
        } catch (ChainUnavailableException e) {
            return approval;
        }
    }

    /** Saves a state the chain decided; if another caller saved first, theirs is as good. */
    private Approval saveQuietly(Approval approval) {
        try {
            return store.approvals().save(approval);
        } catch (StaleWriteException e) {
            return store.approvals().find(approval.id()).orElse(approval);
        }
    }
}
