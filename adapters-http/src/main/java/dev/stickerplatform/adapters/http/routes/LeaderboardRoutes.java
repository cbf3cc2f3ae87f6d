package dev.stickerplatform.adapters.http.routes;

import dev.stickerplatform.adapters.http.problem.ProblemException;
import dev.stickerplatform.adapters.http.resources.CreatorLeaderboardJson;
import dev.stickerplatform.adapters.http.resources.TopCreatorsJson;
import dev.stickerplatform.adapters.http.server.PageParams;
import dev.stickerplatform.adapters.http.server.Params;
import dev.stickerplatform.adapters.http.server.RouteClass;
import dev.stickerplatform.adapters.http.server.RouteTable;
import dev.stickerplatform.application.query.CreatorLeaderboardService.FanEntry;
import dev.stickerplatform.application.query.CreatorLeaderboardService;
import dev.stickerplatform.application.query.TopCreatorsService.CreatorEntry;
import dev.stickerplatform.application.query.TopCreatorsService;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.port.PageRequest;
import io.javalin.http.Context;

/** A creator's top fans and the platform's top creators; totals cover everyone, not just the page. */
final class LeaderboardRoutes implements RouteGroup {
    private final CreatorLeaderboardService creatorLeaderboard;
    private final TopCreatorsService topCreators;

    LeaderboardRoutes(CreatorLeaderboardService creatorLeaderboard, TopCreatorsService topCreators) {
        this.creatorLeaderboard = creatorLeaderboard;
        this.topCreators = topCreators;
    }

    @Override
    public void register(RouteTable routes) {
        routes.view("/leaderboard/global/top-creators", RouteClass.READ, this::topCreators);
        routes.view("/leaderboard/{creatorWallet}", RouteClass.READ, this::creator);
    }

    private void creator(Context ctx) {
        Address creator = Params.wallet(ctx, "creatorWallet");
        PageRequest page = PageParams.read(ctx);
        var query = new CreatorLeaderboardService.Query(creator, page.offset(), RankedPage.fetchSize(page));
        var board = switch (creatorLeaderboard.get(query)) {
            case CreatorLeaderboardService.Result.Leaderboard found -> found;
            case CreatorLeaderboardService.Result.NotFound notFound -> throw ProblemException.notFound(
                    "The wallet is not a registered creator.");
        };
        RankedPage<FanEntry> fans = RankedPage.cut(page, board.fans());
        ctx.json(CreatorLeaderboardJson.of(creator, board, fans.items(), page.limit(), fans.nextCursor()));
    }

    private void topCreators(Context ctx) {
        PageRequest page = PageParams.read(ctx);
        RankedPage<CreatorEntry> creators = RankedPage.cut(page, topCreators
                .get(new TopCreatorsService.Query(page.offset(), RankedPage.fetchSize(page))).creators());
        ctx.json(TopCreatorsJson.of(creators.items(), page.limit(), creators.nextCursor()));
    }
}
