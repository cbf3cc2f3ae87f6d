package dev.stickerplatform.adapters.http.routes;

import dev.stickerplatform.adapters.http.problem.Problem;
import dev.stickerplatform.adapters.http.problem.ProblemException;
import dev.stickerplatform.adapters.http.problem.ProblemType;
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
import java.math.BigDecimal;
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
        ctx.json(Wire.object("wallet", wallet.value(), "pending", items, "total", items.size(),
                "totalCount", pending.totalCount(), "limit", page.limit(),
                "nextCursor", PageParams.next(page, items.size(), pending.hasMore()), "hasMore", pending.hasMore()));
    }

    private void claim(Context ctx) {
        Address fan = Params.wallet(ctx, "wallet");
        long stickerId = Params.positiveLong(ctx, "stickerId");
        switch (claimSticker.claim(fan, stickerId)) {
            case ClaimStickerService.Result.Delivered d -> ctx.json(Wire.object("status", "delivered",
                    "stickerId", stickerId, "assetId", d.assetId().value(), "txId", Wire.text(d.txId())));
            case ClaimStickerService.Result.Delivering d -> ctx.status(202).json(Wire.object("status", "delivering",
                    "stickerId", stickerId, "assetId", d.assetId().value()));
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

    /**
     * The prototype's shape, with values true to the policy in force: probabilities are 1 or 0 for a given creator
     * (no chance is involved), 0 without one; {@code triggerInterval} is null (nothing is guaranteed every N tips).
     */
    record GoldenOddsJson(String wallet, long tipAmountMicroAlgos, String tipAmountAlgo, String policy,
                          String creatorWallet, Boolean golden, String templateName, BigDecimal baseProbability,
                          BigDecimal bonus, BigDecimal totalProbability, int baseBps, int bonusBps, int totalBps,
                          Integer triggerInterval, String description, String notice) {
    }

    private void goldenOdds(Context ctx) {
        Address wallet = Params.wallet(ctx, "wallet");
        MicroAlgos amount = Params.algo(ctx, MicroAlgos.ofAlgo(1), "amountAlgo", "amount_algo");
        String creatorParam = ctx.queryParam("creator");
        Address creator = creatorParam == null || creatorParam.isBlank() ? null
                : Params.command("creator", () -> new Address(creatorParam.strip()));
        var odds = goldenOdds.get(new GoldenOddsService.Query(wallet, amount, creator));
        ctx.json(new GoldenOddsJson(wallet.value(), amount.value(), amount.toAlgoString(), GoldenOddsService.POLICY,
                Wire.text(odds.creator()), odds.golden(), odds.templateName(), probability(odds.goldenBps()),
                BigDecimal.ZERO, probability(odds.goldenBps()), odds.goldenBps(), 0, odds.goldenBps(), null,
                odds.description(), odds.notice()));
    }

    private static BigDecimal probability(int basisPoints) {
        return BigDecimal.valueOf(basisPoints, 4).stripTrailingZeros();
    }
}
