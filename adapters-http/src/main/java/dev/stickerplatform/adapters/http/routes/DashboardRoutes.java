package dev.stickerplatform.adapters.http.routes;

import dev.stickerplatform.adapters.http.problem.ProblemException;
import dev.stickerplatform.adapters.http.resources.DashboardJson;
import dev.stickerplatform.adapters.http.resources.TipJarStatsJson;
import dev.stickerplatform.adapters.http.server.Params;
import dev.stickerplatform.adapters.http.server.RouteClass;
import dev.stickerplatform.adapters.http.server.RouteTable;
import dev.stickerplatform.application.query.CreatorDashboardService.Result;
import dev.stickerplatform.application.query.CreatorDashboardService;
import dev.stickerplatform.application.tipjar.TipJarStatsService;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.port.ChainUnavailableException;
import io.javalin.http.Context;

/**
 * {@code GET /creator/{wallet}/dashboard}: the platform's records of a creator plus the tip jar's on-chain
 * counters. The counters are null when the chain cannot be read, so a chain outage never hides the rest.
 */
final class DashboardRoutes implements RouteGroup {
    private final CreatorDashboardService creatorDashboard;
    private final TipJarStatsService tipJarStats;

    DashboardRoutes(CreatorDashboardService creatorDashboard, TipJarStatsService tipJarStats) {
        this.creatorDashboard = creatorDashboard;
        this.tipJarStats = tipJarStats;
    }

    @Override
    public void register(RouteTable routes) {
        routes.view("/creator/{wallet}/dashboard", RouteClass.READ, this::dashboard);
    }

    private void dashboard(Context ctx) {
        Address wallet = Params.wallet(ctx, "wallet");
        switch (creatorDashboard.get(new CreatorDashboardService.Query(wallet))) {
            case Result.Dashboard d -> ctx.json(DashboardJson.of(wallet, d, stats(wallet)));
            case Result.NotFound notFound -> throw ProblemException.notFound(
                    "The wallet is not a registered creator. Register first via POST /creator/register.");
        }
    }

    private TipJarStatsJson stats(Address wallet) {
        try {
            return tipJarStats.stats(wallet) instanceof TipJarStatsService.Result.Found found
                    ? TipJarStatsJson.of(found.stats()) : null;
        } catch (ChainUnavailableException e) {
            return null;
        }
    }
}
