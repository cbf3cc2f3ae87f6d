package dev.stickerplatform.adapters.http.routes;

import dev.stickerplatform.adapters.http.problem.FieldError;
import dev.stickerplatform.adapters.http.problem.Problem;
import dev.stickerplatform.adapters.http.problem.ProblemException;
import dev.stickerplatform.adapters.http.server.AccessRule;
import dev.stickerplatform.adapters.http.server.PageParams;
import dev.stickerplatform.adapters.http.server.RouteClass;
import dev.stickerplatform.adapters.http.server.RouteTable;
import dev.stickerplatform.application.listener.ListSkippedTransactionsService;
import dev.stickerplatform.domain.model.SkippedTransaction;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;

/**
 * The transactions the listener passed over because it could not interpret them, for operators:
 * {@code GET /admin/listener/skipped}, newest round first.
 */
final class SkippedTransactionsRoutes implements RouteGroup {
    private final ListSkippedTransactionsService skipped;

    SkippedTransactionsRoutes(ListSkippedTransactionsService skipped) {
        this.skipped = skipped;
    }

    @Override
    public void register(RouteTable routes) {
        routes.get("/admin/listener/skipped", AccessRule.admin(), RouteClass.READ, this::latest);
    }

    /** One skipped transaction on the wire; {@code txId} is null when it could not be computed. */
    record SkippedJson(long round, int index, String txId, String reason, Instant skippedAt) {
        static SkippedJson of(SkippedTransaction s) {
            return new SkippedJson(s.round().value(), s.index(), s.txId() == null ? null : s.txId().value(),
                    s.reason(), s.skippedAt());
        }
    }

    private void latest(Context ctx) {
        int limit;
        try {
            limit = PageParams.parse(ctx.queryParam("limit"), null).limit();
        } catch (ProblemException e) {
            throw new ProblemException(Problem.invalid(List.of(new FieldError("limit",
                    "must be an integer from 1 to " + ListSkippedTransactionsService.MAX_LIMIT))));
        }
        ListSkippedTransactionsService.Skipped result = skipped.latest(limit);
        ctx.json(Wire.object("transactions", result.latest().stream().map(SkippedJson::of).toList(),
                "total", result.total(), "limit", limit));
    }
}
