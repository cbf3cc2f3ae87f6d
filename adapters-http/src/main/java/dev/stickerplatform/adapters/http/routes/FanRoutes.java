package dev.stickerplatform.adapters.http.routes;

import dev.stickerplatform.adapters.http.problem.Problem;
import dev.stickerplatform.adapters.http.problem.ProblemException;
import dev.stickerplatform.adapters.http.problem.ProblemType;
import dev.stickerplatform.adapters.http.resources.ClaimJson;
import dev.stickerplatform.adapters.http.resources.FanStatsJson;
import dev.stickerplatform.adapters.http.resources.GoldenOddsJson;
import dev.stickerplatform.adapters.http.resources.InventoryJson;
import dev.stickerplatform.adapters.http.resources.PendingStickersJson;
import dev.stickerplatform.adapters.http.resources.StickerJson;
import dev.stickerplatform.adapters.http.server.AccessRule;
import dev.stickerplatform.adapters.http.server.PageParams;
import dev.stickerplatform.adapters.http.server.Params;
import dev.stickerplatform.adapters.http.server.RouteClass;
import dev.stickerplatform.adapters.http.server.RouteTable;
import dev.stickerplatform.application.minting.ClaimStickerService;
import dev.stickerplatform.application.query.FanInventoryService;
import dev.stickerplatform.application.query.FanPendingStickersService;
import dev.stickerplatform.application.query.FanStatsService;
import dev.stickerplatform.application.query.GoldenOddsService;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.MicroAlgos;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.List;

/** A fan's stickers, pending deliveries, claims, tipping stats and the golden-odds display. */
final class FanRoutes implements RouteGroup {
    private final FanInventoryService fanInventory;
    private final FanStatsService fanStats;
    private final FanPendingStickersService fanPendingStickers;
    private final ClaimStickerService claimSticker;
    private final GoldenOddsService goldenOdds;
    private final Clock clock;

    FanRoutes(FanInventoryService fanInventory, FanStatsService fanStats, FanPendingStickersService fanPendingStickers,
              ClaimStickerService claimSticker, GoldenOddsService goldenOdds, Clock clock) {
        this.fanInventory = fanInventory;
        this.fanStats = fanStats;
        this.fanPendingStickers = fanPendingStickers;
        this.claimSticker = claimSticker;
        this.goldenOdds = goldenOdds;
        this.clock = clock;
    }

    @Override
    public void register(RouteTable routes) {
        routes.view("/fan/{wallet}/inventory", RouteClass.READ, ctx -> ctx.json(InventoryJson.of(fanInventory
                .get(new FanInventoryService.Query(Params.wallet(ctx, "wallet"), PageParams.read(ctx))),
                clock.instant())));
        routes.get("/fan/{wallet}/pending", RouteClass.READ, this::pending);
        routes.post("/fan/{wallet}/claim/{stickerId}", AccessRule.walletInPath("wallet"), RouteClass.WRITE,
                this::claim);
        routes.view("/fan/{wallet}/stats", RouteClass.READ, ctx -> ctx.json(FanStatsJson.of(fanStats
                .get(new dev.stickerplatform.application.query.FanStatsService.Query(Params.wallet(ctx, "wallet"))))));
        routes.get("/fan/{wallet}/golden-odds", RouteClass.READ, this::goldenOdds);
    }

    private void pending(Context ctx) {
        Address wallet = Params.wallet(ctx, "wallet");
        var page = PageParams.read(ctx);
        var pending = fanPendingStickers.get(new FanPendingStickersService.Query(wallet, page));
        List<StickerJson> items = pending.stickers().stream().map(s -> StickerJson.of(s, clock.instant())).toList();
        ctx.json(PendingStickersJson.of(wallet, pending, items, page.limit(),
                PageParams.next(page, items.size(), pending.hasMore())));
    }

    private void claim(Context ctx) {
        Address fan = Params.wallet(ctx, "wallet");
        long stickerId = Params.positiveLong(ctx, "stickerId");
        switch (claimSticker.claim(fan, stickerId)) {
            case ClaimStickerService.Result.Delivered d -> ctx.json(ClaimJson.Delivered.of(stickerId, d));
            case ClaimStickerService.Result.Delivering d -> ctx.status(202).json(ClaimJson.Delivering.of(stickerId, d));
            case ClaimStickerService.Result.NotOptedIn n -> throw new ProblemException(Problem.of(
                    ProblemType.NOT_OPTED_IN, "The wallet has not opted in to asset " + n.assetId().value()
                            + ". Opt in first (POST /nft/optin), then claim again.")
                    .withExtension("assetId", n.assetId().value()));
            case ClaimStickerService.Result.Expired e -> throw new ProblemException(Problem.of(
                    ProblemType.STICKER_EXPIRED, "Nobody claimed this sticker within the platform's opt-in expiry, so "
                            + "its asset " + e.assetId().value() + " was destroyed and can no longer be delivered.")
                    .withExtension("assetId", e.assetId().value()));
            case ClaimStickerService.Result.NotFound n -> throw ProblemException.notFound(
                    "The wallet has no sticker with this id.");
        }
    }

    private void goldenOdds(Context ctx) {
        Address wallet = Params.wallet(ctx, "wallet");
        MicroAlgos amount = Params.algo(ctx, MicroAlgos.ofAlgo(1), "amountAlgo", "amount_algo");
        String creatorParam = ctx.queryParam("creator");
        Address creator = creatorParam == null || creatorParam.isBlank() ? null
                : Params.address("creator", creatorParam.strip());
        var odds = goldenOdds.get(new GoldenOddsService.Query(wallet, amount, creator));
        ctx.json(GoldenOddsJson.of(wallet, amount, odds));
    }
}
