package dev.stickerplatform.adapters.http.routes;

import dev.stickerplatform.adapters.http.problem.FieldError;
import dev.stickerplatform.adapters.http.problem.Problem;
import dev.stickerplatform.adapters.http.problem.ProblemException;
import dev.stickerplatform.adapters.http.server.AccessRule;
import dev.stickerplatform.adapters.http.server.Cursor;
import dev.stickerplatform.adapters.http.server.PageParams;
import dev.stickerplatform.adapters.http.server.RouteClass;
import dev.stickerplatform.adapters.http.server.RouteTable;
import dev.stickerplatform.application.audit.ReadAuditTrailService;
import dev.stickerplatform.domain.port.AuditRecord;
import dev.stickerplatform.domain.port.SigningEvent;
import io.javalin.http.Context;
import java.time.Instant;
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

    /** One audit record on the wire. */
    record AuditRecordJson(long seq, Instant at, String role, String address, String account, String key,
                           String purpose, String sha512_256, String txid, String kind, int bytes, String outcome,
                           String error, String requester, String previousHash, String hash) {
        static AuditRecordJson of(AuditRecord record) {
            SigningEvent e = record.event();
            return new AuditRecordJson(record.seq(), e.at(), e.role().name(), e.address().value(),
                    e.account() == null ? null : e.account().value(), e.keyId(), e.purpose(), e.sha512256(),
                    e.txId() == null ? null : e.txId().value(), e.kind(), e.length(), Wire.name(e.outcome()),
                    e.failure(), e.requester(), record.previousHash().hex(), record.hash().hex());
        }
    }

    private void page(Context ctx) {
        String cursor = ctx.queryParam("cursor");
        List<FieldError> errors = new ArrayList<>();
        int limit = PageParams.DEFAULT_LIMIT;
        try {
            limit = PageParams.parse(ctx.queryParam("limit"), null).limit();
        } catch (ProblemException e) {
            errors.add(new FieldError("limit", "must be an integer from 1 to " + ReadAuditTrailService.MAX_LIMIT));
        }
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
        ctx.json(Wire.object("records", page.records().stream().map(AuditRecordJson::of).toList(), "limit", limit,
                "nextCursor", page.nextBefore() == null ? null : Cursor.encodeKey(page.nextBefore())));
    }
}
