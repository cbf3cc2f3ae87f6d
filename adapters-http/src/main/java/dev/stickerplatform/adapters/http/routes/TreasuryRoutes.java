package dev.stickerplatform.adapters.http.routes;

import dev.stickerplatform.adapters.http.problem.Problem;
import dev.stickerplatform.adapters.http.problem.ProblemException;
import dev.stickerplatform.adapters.http.problem.ProblemType;
import dev.stickerplatform.adapters.http.resources.TreasuryJson;
import dev.stickerplatform.adapters.http.server.AccessRule;
import dev.stickerplatform.adapters.http.server.RouteClass;
import dev.stickerplatform.adapters.http.server.RouteTable;
import dev.stickerplatform.application.treasury.TreasuryService;
import io.javalin.http.Context;

/** The platform's money for operators: {@code GET /admin/treasury} (amounts in µALGO). */
final class TreasuryRoutes implements RouteGroup {
    private final TreasuryService treasury;

    TreasuryRoutes(TreasuryService treasury) {
        this.treasury = treasury;
    }

    @Override
    public void register(RouteTable routes) {
        routes.get("/admin/treasury", AccessRule.admin(), RouteClass.READ, this::show);
    }

    private void show(Context ctx) {
        if (treasury == null) {
            throw new ProblemException(Problem.of(ProblemType.UNAVAILABLE, "This process keeps no treasury view."));
        }
        ctx.json(TreasuryJson.of(treasury.report()));
    }
}
