package dev.stickerplatform.adapters.http.routes;

import dev.stickerplatform.adapters.http.problem.FieldError;
import dev.stickerplatform.adapters.http.problem.Problem;
import dev.stickerplatform.adapters.http.problem.ProblemException;
import dev.stickerplatform.adapters.http.resources.AuditTrailJson;
import dev.stickerplatform.adapters.http.server.AccessRule;
import dev.stickerplatform.adapters.http.server.Cursor;
import dev.stickerplatform.adapters.http.server.PageParams;
import dev.stickerplatform.adapters.http.server.RouteClass;
import dev.stickerplatform.adapters.http.server.RouteTable;
import dev.stickerplatform.application.audit.ReadAuditTrailService;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/** The signing audit trail for operators: {@code GET /admin/audit}, newest first, keyset-paged. */
final class AuditRoutes implements RouteGroup {
    private final ReadAuditTrailService audit;

    AuditRoutes(ReadAuditTrailService audit) {
        this.audit = audit;
    }

    @Override
    public void register(RouteTable routes) {
        routes.get("/admin/audit", AccessRule.admin(), RouteClass.READ, this::page);
    }

    private void page(Context ctx) {
        String cursor = ctx.queryParam("cursor");
        List<FieldError> errors = new ArrayList<>();
        int limit = PageParams.limit(ctx.queryParam("limit"), errors);
        Long before = null;
        if (cursor != null) {
            try {
                before = Cursor.decodeKey(cursor);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("cursor", e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.invalid(errors));
        }
        ReadAuditTrailService.Page page = audit.page(before, limit);
        ctx.json(AuditTrailJson.of(page.records(), limit,
                page.nextBefore() == null ? null : Cursor.encodeKey(page.nextBefore())));
    }
}
