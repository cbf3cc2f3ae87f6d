package dev.stickerplatform.adapters.http.resources;

import dev.stickerplatform.domain.model.Approval;
import dev.stickerplatform.domain.model.ApprovalState;
import java.util.List;

/** A page of approvals; {@code state} is the filter asked for (null: all). */
public record ApprovalListJson(String state, List<ApprovalJson> approvals, int limit, String nextCursor) {

    public static ApprovalListJson of(ApprovalState state, List<Approval> approvals, int limit, String nextCursor) {
        return new ApprovalListJson(state == null ? null : state.name(),
                approvals.stream().map(ApprovalJson::of).toList(), limit, nextCursor);
    }
}
