package dev.stickerplatform.adapters.http.resources;

import dev.stickerplatform.domain.model.Approval;

/** An approval an operation waits for, as other resources name it; {@code of(null)} is null. */
public record PendingApprovalJson(String approvalId, String state, int signaturesNeeded) {

    public static PendingApprovalJson of(Approval approval) {
        return approval == null ? null : new PendingApprovalJson(approval.id().toString(), approval.state().name(),
                approval.threshold());
    }
}
