package dev.stickerplatform.application.approval;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.Approval;
import dev.stickerplatform.domain.model.ApprovalKind;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.DuplicateException;
import dev.stickerplatform.domain.port.Randomness;
import dev.stickerplatform.domain.port.SignerRole;
import dev.stickerplatform.domain.port.Signers;
import dev.stickerplatform.domain.port.Store;
import dev.stickerplatform.domain.port.TxnRequest;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Proposes a high-value operation: its transaction is prepared now (fixed parameters, so a fixed txid and a validity
 * window of about a thousand rounds) and recorded as waiting for approvals; every signature is over exactly those
 * bytes. Used by the use cases that need an approval (a deployment by approval, an old app's deletion, a large
 * faucet payment, a sticker transfer above the policy).
 */
public final class ProposeApprovalService {
    private final Store store;
    private final Chain chain;
    private final Signers signers;
    private final Randomness randomness;
    private final Clock clock;
    private final ApprovalChain approvals;

    public ProposeApprovalService(Store store, Chain chain, Signers signers, Randomness randomness, Clock clock) {
        this.store = store;
        this.chain = chain;
        this.signers = signers;
        this.randomness = randomness;
        this.clock = clock;
        this.approvals = new ApprovalChain(store, chain, clock);
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
        Address account = approvals.alignWithChain(signers, role).address();
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
        ApprovalChain.LOG.log(System.Logger.Level.INFO,
                "approval {0} proposed by {1}: {2} ({3} signature(s) of {4} needed, txid {5})",
                id, requestedBy, summary, approval.threshold(), approval.multisig() == null ? role + "'s key"
                        : approval.multisig().toString(), approval.txn().txId());
    }
}
