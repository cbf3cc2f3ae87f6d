package dev.stickerplatform.adapters.http.routes;

import com.fasterxml.jackson.annotation.JsonAlias;
import dev.stickerplatform.adapters.http.auth.AccessTokens;
import dev.stickerplatform.adapters.http.auth.JwtAccessPolicy;
import dev.stickerplatform.adapters.http.problem.ProblemException;
import dev.stickerplatform.adapters.http.resources.ApprovalJson;
import dev.stickerplatform.adapters.http.resources.ApprovalListJson;
import dev.stickerplatform.adapters.http.server.AccessRule;
import dev.stickerplatform.adapters.http.server.PageParams;
import dev.stickerplatform.adapters.http.server.Params;
import dev.stickerplatform.adapters.http.server.RouteClass;
import dev.stickerplatform.adapters.http.server.RouteTable;
import dev.stickerplatform.application.approval.GetApprovalService;
import dev.stickerplatform.application.approval.ListApprovalsService;
import dev.stickerplatform.application.approval.RejectApprovalService;
import dev.stickerplatform.application.approval.SignApprovalService;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.Approval;
import dev.stickerplatform.domain.model.ApprovalState;
import dev.stickerplatform.domain.port.PageRequest;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;

/**
 * High-value operations waiting for approvals (admin only): list them, read one with the exact bytes to sign, and
 * hand in a signature. For a multisig account the body names the member key and its Ed25519 signature of
 * {@code bytesToSign}; for an account whose key the platform holds, an empty body approves and the platform signs.
 */
final class ApprovalRoutes implements RouteGroup {
    private final ListApprovalsService listApprovals;
    private final GetApprovalService getApproval;
    private final SignApprovalService signApproval;
    private final RejectApprovalService rejectApproval;

    ApprovalRoutes(ListApprovalsService listApprovals, GetApprovalService getApproval,
                   SignApprovalService signApproval, RejectApprovalService rejectApproval) {
        this.listApprovals = listApprovals;
        this.getApproval = getApproval;
        this.signApproval = signApproval;
        this.rejectApproval = rejectApproval;
    }

    /** A member's signature (both fields), or nothing to approve with the platform's own key. */
    record SignatureRequest(Address signer, @JsonAlias("sig") String signature) {
    }

    /** Why the approval is rejected (optional, kept with it). */
    record RejectRequest(String reason) {
    }

    private static final int MAX_REASON = 500;

    @Override
    public void register(RouteTable routes) {
        routes.get("/admin/approvals", AccessRule.admin(), RouteClass.READ, this::list);
        routes.get("/admin/approvals/{id}", AccessRule.admin(), RouteClass.READ, this::show);
        routes.post("/admin/approvals/{id}/signatures", SignatureRequest.class, AccessRule.admin(), RouteClass.WRITE,
                this::sign);
        routes.post("/admin/approvals/{id}/reject", RejectRequest.class, AccessRule.admin(), RouteClass.WRITE,
                this::reject);
    }

    private void list(Context ctx) {
        String state = ctx.queryParam("state");
        PageRequest page = PageParams.read(ctx);
        ApprovalState wanted = state == null ? null : Params.wireEnum("state", state.toLowerCase(Locale.ROOT),
                ApprovalState.class);
        List<Approval> approvals = listApprovals.list(wanted, page);
        ctx.json(ApprovalListJson.of(wanted, approvals, page.limit(),
                PageParams.next(page, approvals.size(), approvals.size() == page.limit())));
    }

    private void show(Context ctx) {
        ctx.json(ApprovalJson.of(getApproval.find(Params.uuid(ctx, "id"))
                .orElseThrow(() -> ProblemException.notFound("No approval with this id."))));
    }

    private void sign(Context ctx, SignatureRequest body) {
        var id = Params.uuid(ctx, "id");
        byte[] signature = body == null || body.signature() == null ? null
                : Params.signature("signature", body.signature(), Params.Base64Form.STANDARD);
        Address signer = body == null ? null : body.signer();
        if ((signer == null) != (signature == null)) {
            throw ProblemException.invalid(signer == null ? "signer" : "signature",
                    "give both the member's address and its signature, or neither");
        }
        AccessTokens.Principal caller = ctx.attribute(JwtAccessPolicy.PRINCIPAL);
        String approvedBy = caller == null ? "an administrator" : caller.wallet().value();
        switch (signApproval.sign(id, signer, signature, approvedBy)) {
            case SignApprovalService.SignResult.Signed s -> ctx.json(ApprovalJson.of(s.approval()));
            case SignApprovalService.SignResult.NotFound n ->
                    throw ProblemException.notFound("No approval with this id.");
            case SignApprovalService.SignResult.Closed c -> throw ProblemException.conflict(
                    "This approval no longer takes signatures: it is " + c.approval().state().name() + ".");
            case SignApprovalService.SignResult.Refused r -> throw ProblemException.invalid(
                    signer == null ? "signer" : "signature", r.reason());
        }
    }

    private void reject(Context ctx, RejectRequest body) {
        var id = Params.uuid(ctx, "id");
        String reason = body == null ? null : body.reason();
        if (reason != null && (reason.length() > MAX_REASON || reason.chars().anyMatch(Character::isISOControl))) {
            throw ProblemException.invalid("reason", "at most " + MAX_REASON + " characters, no control characters");
        }
        AccessTokens.Principal caller = ctx.attribute(JwtAccessPolicy.PRINCIPAL);
        String rejectedBy = caller == null ? "an administrator" : caller.wallet().value();
        switch (rejectApproval.reject(id, rejectedBy, reason)) {
            case RejectApprovalService.RejectResult.Rejected r -> ctx.json(ApprovalJson.of(r.approval()));
            case RejectApprovalService.RejectResult.NotFound n ->
                    throw ProblemException.notFound("No approval with this id.");
            case RejectApprovalService.RejectResult.Closed c -> throw ProblemException.conflict(
                    "This approval no longer waits for signatures: it is " + c.approval().state().name() + ".");
            case RejectApprovalService.RejectResult.Refused r -> throw ProblemException.conflict(
                    "This approval cannot be rejected: " + r.reason() + ".");
        }
    }
}
