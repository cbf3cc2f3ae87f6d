package dev.stickerplatform.adapters.http.routes;

import dev.stickerplatform.adapters.http.problem.ProblemException;
import dev.stickerplatform.adapters.http.server.Params;
import dev.stickerplatform.adapters.http.server.RouteClass;
import dev.stickerplatform.adapters.http.server.RouteTable;
import dev.stickerplatform.application.query.CreatorDashboardService;
import dev.stickerplatform.application.query.CreatorDashboardService.Result;
import dev.stickerplatform.application.tipjar.TipJarStatsService;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.port.ChainUnavailableException;
import io.javalin.http.Context;
import java.util.List;

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

    record DashboardJson(String walletAddress, String username, TipJarJson contract, CreatorRoutes.StatsJson stats,
                         long totalTips, long totalReceivedMicroAlgos, String totalReceivedAlgo, long totalFans,
                         long totalStickersMinted, List<TipJson> recentTransactions) {
    }

    private void dashboard(Context ctx) {
        Address wallet = Params.wallet(ctx, "wallet");
        switch (creatorDashboard.get(new CreatorDashboardService.Query(wallet))) {
            case Result.Dashboard d -> ctx.json(new DashboardJson(wallet.value(), d.creator().username(),
                    d.tipJar() == null ? null : TipJarJson.of(d.tipJar()), stats(wallet), d.totalTips(),
                    d.totalReceived().value(), d.totalReceived().toAlgoString(), d.totalFans(), d.stickersMinted(),
                    d.recentTips().stream().map(TipJson::of).toList()));
            case Result.NotFound notFound -> throw ProblemException.notFound(
                    "The wallet is not a registered creator. Register first via POST /creator/register.");
        }
    }

    private CreatorRoutes.StatsJson stats(Address wallet) {
        try {
            return tipJarStats.stats(wallet) instanceof TipJarStatsService.Result.Found found
                    ? CreatorRoutes.StatsJson.of(found.stats()) : null;
        } catch (ChainUnavailableException e) {
            return null;
        }
    }
}
