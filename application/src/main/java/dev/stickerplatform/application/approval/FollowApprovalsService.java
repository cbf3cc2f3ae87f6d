package dev.stickerplatform.application.approval;

import dev.stickerplatform.domain.model.Approval;
import dev.stickerplatform.domain.model.ApprovalState;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.PageRequest;
import dev.stickerplatform.domain.port.Store;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * Follows the open approvals to their end on the chain, and is the only one that records it: a submitted one is
 * resubmitted while it can still confirm (a crash between recording and submitting loses nothing) and marked
 * confirmed, or expired when its window passed unconfirmed; a pending one past its window is marked expired. An
 * expired approval is not revived: propose the operation again. Run periodically by the server.
 */
public final class FollowApprovalsService {
    private final Store store;
    private final ApprovalChain approvals;

    public FollowApprovalsService(Store store, Chain chain, Clock clock) {
        this.store = store;
        this.approvals = new ApprovalChain(store, chain, clock);
    }

    /**
     * Brings the open approvals up to date with the chain (at most {@link PageRequest#MAX_LIMIT} of each open
     * state, newest first).
     *
     * @return how many open approvals were looked at
     */
    public int followUp() {
        int seen = 0;
        for (ApprovalState state : new ApprovalState[] {ApprovalState.SUBMITTED, ApprovalState.PENDING}) {
            Supplier<Round> round = approvals.currentRoundOnce();
            for (Approval approval : store.approvals().list(state, PageRequest.first(PageRequest.MAX_LIMIT))) {
                Approval followed = approvals.followed(approval, round);
                if (followed != approval) {
                    approvals.saveQuietly(followed);
                }
                seen++;
            }
        }
        return seen;
    }
}
