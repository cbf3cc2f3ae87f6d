package dev.stickerplatform.adapters.http.routes;

import dev.stickerplatform.adapters.http.problem.ProblemException;
import dev.stickerplatform.adapters.http.server.PageParams;
import dev.stickerplatform.adapters.http.server.Params;
import dev.stickerplatform.adapters.http.server.RouteClass;
import dev.stickerplatform.adapters.http.server.RouteTable;
import dev.stickerplatform.application.query.CreatorLeaderboardService;
import dev.stickerplatform.application.query.CreatorLeaderboardService.FanEntry;
import dev.stickerplatform.application.query.TopCreatorsService;
import dev.stickerplatform.application.query.TopCreatorsService.CreatorEntry;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.port.PageRequest;
import io.javalin.http.Context;
import java.util.List;

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

    /** {@code expiredMemberships}: how many of the {@code nftCount} stickers are memberships past their expiry. */
    record FanJson(int rank, String fanWallet, long tipCount, long totalMicroAlgos, String totalAlgo, long nftCount,
                   long expiredMemberships) {
        static FanJson of(FanEntry e) {
            return new FanJson(e.rank(), e.fan().value(), e.tipCount(), e.total().value(), e.total().toAlgoString(),
                    e.stickersOwned(), e.expiredMemberships());
        }
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
        ctx.json(Wire.object("creatorWallet", creator.value(), "creatorUsername", board.username(),
                "totalFans", board.totalFans(), "totalTips", board.totalTips(),
                "totalReceivedMicroAlgos", board.totalReceived().value(),
                "totalReceivedAlgo", board.totalReceived().toAlgoString(),
                "leaderboard", fans.items().stream().map(FanJson::of).toList(),
                "limit", page.limit(), "nextCursor", fans.nextCursor()));
    }

    record CreatorJson(int rank, String creatorWallet, String username, Long appId, long tipCount,
                       long totalReceivedMicroAlgos, String totalReceivedAlgo, long uniqueFans) {
        static CreatorJson of(CreatorEntry e) {
            return new CreatorJson(e.rank(), e.creator().value(), e.username(), Wire.id(e.appId()), e.tipCount(),
                    e.totalReceived().value(), e.totalReceived().toAlgoString(), e.uniqueFans());
        }
    }

    private void topCreators(Context ctx) {
        PageRequest page = PageParams.read(ctx);
        RankedPage<CreatorEntry> creators = RankedPage.cut(page, topCreators
                .get(new TopCreatorsService.Query(page.offset(), RankedPage.fetchSize(page))).creators());
        List<CreatorJson> items = creators.items().stream().map(CreatorJson::of).toList();
        ctx.json(Wire.object("leaderboard", items, "total", items.size(), "limit", page.limit(),
                "nextCursor", creators.nextCursor()));
    }
}
