package dev.stickerplatform.adapters.http.routes;

import dev.stickerplatform.adapters.http.problem.FieldError;
import dev.stickerplatform.adapters.http.problem.Problem;
import dev.stickerplatform.adapters.http.problem.ProblemException;
import dev.stickerplatform.adapters.http.resources.SkippedTransactionsJson;
import dev.stickerplatform.adapters.http.server.AccessRule;
import dev.stickerplatform.adapters.http.server.PageParams;
import dev.stickerplatform.adapters.http.server.RouteClass;
import dev.stickerplatform.adapters.http.server.RouteTable;
import dev.stickerplatform.application.listener.ListSkippedTransactionsService;
import io.javalin.http.Context;
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

    private void latest(Context ctx) {
        int limit;
        try {
            limit = PageParams.parse(ctx.queryParam("limit"), null).limit();
        } catch (ProblemException e) {
            throw new ProblemException(Problem.invalid(List.of(new FieldError("limit",
                    "must be an integer from 1 to " + ListSkippedTransactionsService.MAX_LIMIT))));
        }
        ctx.json(SkippedTransactionsJson.of(skipped.latest(limit), limit));
    }
}
