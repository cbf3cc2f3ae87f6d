package dev.stickerplatform.application.approval;

import dev.stickerplatform.domain.model.Approval;
import dev.stickerplatform.domain.model.ApprovalKind;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.Store;
import java.time.Clock;
import java.util.UUID;

/** Rejects a pending approval for good: its transaction is never submitted. */
public final class RejectApprovalService {
    private final Store store;
    private final Clock clock;
    private final ApprovalChain approvals;

    public RejectApprovalService(Store store, Chain chain, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.approvals = new ApprovalChain(store, chain, clock);
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
        return approvals.decidePending(id, RejectResult.NotFound::new, RejectResult.Closed::new, approval -> {
            if (approval.kind() == ApprovalKind.DEPLOY_TIP_JAR) {
                return new RejectResult.Refused("a tip jar's deployment is proposed again until it is approved: "
                        + "let it expire, or retire the tip jar");
            }
            String why = "rejected by " + rejectedBy + (reason == null || reason.isBlank() ? "" : ": " + reason);
            Approval rejected = store.approvals().save(approval.rejected(why, clock.instant()));
            ApprovalChain.LOG.log(System.Logger.Level.INFO, "approval {0} ({1}) {2}", id, approval.summary(), why);
            return new RejectResult.Rejected(rejected);
        });
    }
}
