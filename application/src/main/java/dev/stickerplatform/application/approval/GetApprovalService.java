package dev.stickerplatform.application.approval;

import dev.stickerplatform.domain.model.Approval;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.Store;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * One approval as it stands on the chain now. A read: it saves nothing and submits nothing (what the chain decided
 * is recorded by {@link FollowApprovalsService}).
 */
public final class GetApprovalService {
    private final Store store;
    private final ApprovalChain approvals;

    public GetApprovalService(Store store, Chain chain, Clock clock) {
        this.store = store;
        this.approvals = new ApprovalChain(store, chain, clock);
    }

    /** The approval as it is now (asking the chain about an open one). */
    public Optional<Approval> find(UUID id) {
        return store.approvals().find(id).map(approval -> approvals.asItStands(approval,
                approvals.currentRoundOnce()));
    }
}
