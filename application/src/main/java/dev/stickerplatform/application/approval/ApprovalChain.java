package dev.stickerplatform.application.approval;

import dev.stickerplatform.application.chainwrite.ChainWrites;
import dev.stickerplatform.domain.model.Approval;
import dev.stickerplatform.domain.model.ApprovalState;
import dev.stickerplatform.domain.model.ChainWrite;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.ChainUnavailableException;
import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.SignerRole;
import dev.stickerplatform.domain.port.Signers;
import dev.stickerplatform.domain.port.StaleWriteException;
import dev.stickerplatform.domain.port.Store;
import dev.stickerplatform.domain.port.SwitchingSigner;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the approval services share (internal): the role's signer set to the key the chain authorizes, how an
 * approval stands on the chain, taking a decision (signature, rejection) on a pending one, recording and submitting
 * a signed one, and saving a state the chain decided.
 *
 * <p>Only {@link FollowApprovalsService} saves what the chain decided (confirmed, expired, the chain's refusal):
 * everyone else asks {@link #asItStands} and saves nothing.
 */
final class ApprovalChain {
    /**
     * The approval services' log, under the name it had before they were split (one ApprovalService), so that log
     * filters and alerts on it keep matching.
     */
    static final System.Logger LOG = System.getLogger("dev.stickerplatform.application.approval.ApprovalService");

    /** How many times a signature or a rejection is tried again after another writer saved the approval first. */
    static final int SAVE_ATTEMPTS = 8;

    private final Store store;
    private final Chain chain;
    private final Clock clock;
    private final ChainWrites writes;

    ApprovalChain(Store store, Chain chain, Clock clock) {
        this.store = store;
        this.chain = chain;
        this.clock = clock;
        this.writes = new ChainWrites(chain);
    }

    /**
     * The role's signer, set to the key the chain authorizes now when it holds more than one (during a rotation,
     * possibly to a multisig): high-value operations are rare, so one account read each is cheap.
     */
    Signer alignWithChain(Signers signers, SignerRole role) {
        Signer signer = signers.forRole(role);
        if (signer instanceof SwitchingSigner switching) {
            switching.use(chain.account(switching.address()).signingAddress());
        }
        return signer;
    }

    /** The chain's current round, asked at most once however many approvals look at it. */
    Supplier<Round> currentRoundOnce() {
        Round[] asked = new Round[1];
        return () -> {
            if (asked[0] == null) {
                asked[0] = chain.currentRound();
            }
            return asked[0];
        };
    }

    /**
     * The approval as it stands on the chain now ({@code round} gives the chain's current round), nothing saved and
     * nothing submitted: a pending one past its window is expired, a submitted one the chain confirmed is confirmed
     * and one it can no longer confirm is expired. Unchanged when the chain is unreachable.
     */
    Approval asItStands(Approval approval, Supplier<Round> round) {
        return upToDate(approval, round, false);
    }

    /**
     * Like {@link #asItStands}, for the follow-up: a submitted write still open is submitted again (a crash
     * between recording and submitting loses nothing) and the chain's refusal, if any, becomes its last error.
     * The caller saves what changed ({@link #saveQuietly}).
     */
    Approval followed(Approval approval, Supplier<Round> round) {
        return upToDate(approval, round, true);
    }

    private Approval upToDate(Approval approval, Supplier<Round> round, boolean resubmit) {
        try {
            return switch (approval.state()) {
                case PENDING -> round.get().value() > approval.txn().lastValid().value()
                        ? approval.expired(clock.instant()) : approval;
                case SUBMITTED -> switch (resubmit ? writes.check(approval.write())
                        : writes.status(approval.write())) {
                    case ChainWrites.Progress.Confirmed c -> approval.confirmed(c.status().round(), clock.instant());
                    case ChainWrites.Progress.Dead dead -> approval.expired(clock.instant());
                    case ChainWrites.Progress.Open open -> !resubmit
                            || Objects.equals(open.rejection(), approval.lastError())
                            ? approval : approval.withError(open.rejection(), clock.instant());
                };
                case CONFIRMED, EXPIRED, REJECTED -> approval;
            };
        } catch (ChainUnavailableException e) {
            return approval;
        }
    }

    /**
     * The one way a decision on a pending approval (a signature, a rejection) is taken: finds approval {@code id},
     * brings it up to date with the chain ({@link #asItStands}) and, while it is still pending, hands it to
     * {@code decision}. When the decision's save loses to another writer ({@link StaleWriteException}) it is taken
     * again on the approval as that writer left it, up to {@link #SAVE_ATTEMPTS} times in all; then the exception
     * is thrown.
     *
     * @param notFound the result when there is no such approval
     * @param closed the result when it no longer waits for signatures (given it as it stands)
     */
    <R> R decidePending(UUID id, Supplier<R> notFound, Function<Approval, R> closed, Function<Approval, R> decision) {
        for (int attempt = 1; ; attempt++) {
            Approval approval = store.approvals().find(id).orElse(null);
            if (approval == null) {
                return notFound.get();
            }
            approval = asItStands(approval, currentRoundOnce());
            if (approval.state() != ApprovalState.PENDING) {
                return closed.apply(approval);
            }
            try {
                return decision.apply(approval);
            } catch (StaleWriteException e) {
                if (attempt == SAVE_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /**
     * Records the signed transaction, then submits it; a refusal by the chain is kept as the last error.
     *
     * @throws StaleWriteException when another writer saved the approval first (nothing was submitted)
     */
    Approval submit(Approval signed) {
        ChainWrite write = signed.multisig() == null
                ? chain.withSignature(signed.txn(), signed.signatures().keySet().iterator().next(),
                        signed.signatures().values().iterator().next())
                : chain.withMultisig(signed.txn(), signed.multisig(), signed.signatures());
        Approval recorded = store.approvals().save(signed.submitted(write, null, clock.instant()));
        ChainWrites.Progress progress;
        try {
            progress = writes.submit(write);
        } catch (ChainUnavailableException e) {
            return recorded.withError("the node was unreachable; the recorded transaction is resubmitted at the "
                    + "next look", clock.instant());
        }
        if (progress instanceof ChainWrites.Progress.Open open && open.rejection() != null) {
            return saveQuietly(recorded.withError(open.rejection(), clock.instant()));
        }
        return recorded;
    }

    /** Saves a state the chain decided; if another caller saved first, theirs is as good. */
    Approval saveQuietly(Approval approval) {
        try {
            return store.approvals().save(approval);
        } catch (StaleWriteException e) {
            return store.approvals().find(approval.id()).orElse(approval);
        }
    }
}
