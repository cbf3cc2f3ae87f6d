package dev.stickerplatform.adapters.http.routes;

import dev.stickerplatform.adapters.http.resources.SkippedTransactionsJson;
import dev.stickerplatform.adapters.http.server.AccessRule;
import dev.stickerplatform.adapters.http.server.PageParams;
import dev.stickerplatform.adapters.http.server.RouteClass;
import dev.stickerplatform.adapters.http.server.RouteTable;
import dev.stickerplatform.application.listener.ListSkippedTransactionsService;
import io.javalin.http.Context;

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
        int limit = PageParams.limit(ctx.queryParam("limit"));
        ctx.json(SkippedTransactionsJson.of(skipped.latest(limit), limit));
    }
}
