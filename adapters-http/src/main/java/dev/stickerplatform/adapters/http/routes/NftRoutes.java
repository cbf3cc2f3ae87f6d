package dev.stickerplatform.adapters.http.routes;

import com.fasterxml.jackson.annotation.JsonAlias;
import dev.stickerplatform.adapters.http.problem.ProblemException;
import dev.stickerplatform.adapters.http.resources.InventoryJson;
import dev.stickerplatform.adapters.http.resources.OptInJson;
import dev.stickerplatform.adapters.http.resources.StickerJson;
import dev.stickerplatform.adapters.http.server.AccessRule;
import dev.stickerplatform.adapters.http.server.BodyLimit;
import dev.stickerplatform.adapters.http.server.PageParams;
import dev.stickerplatform.adapters.http.server.Params;
import dev.stickerplatform.adapters.http.server.RouteClass;
import dev.stickerplatform.adapters.http.server.RouteTable;
import dev.stickerplatform.application.network.PrepareOptInService;
import dev.stickerplatform.application.query.FanInventoryService;
import dev.stickerplatform.application.query.StickerByAssetService;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AssetId;
import io.javalin.http.Context;
import java.time.Clock;

/**
 * Stickers by asset and by owner, and the unsigned opt-in a fan signs before delivery. The manual mint and transfer
 * operations are {@link GrantRoutes}.
 */
final class NftRoutes implements RouteGroup {
    private final PrepareOptInService prepareOptIn;
    private final FanInventoryService fanInventory;
    private final StickerByAssetService stickerByAsset;
    private final Clock clock;

    NftRoutes(PrepareOptInService prepareOptIn, FanInventoryService fanInventory, StickerByAssetService stickerByAsset,
              Clock clock) {
        this.prepareOptIn = prepareOptIn;
        this.fanInventory = fanInventory;
        this.stickerByAsset = stickerByAsset;
        this.clock = clock;
    }

    record OptInRequest(@JsonAlias("asset_id") AssetId assetId, @JsonAlias("fan_wallet") Address fanWallet) {
    }

    @Override
    public void register(RouteTable routes) {
        routes.post("/nft/optin", OptInRequest.class, BodyLimit.SMALL_JSON,
                AccessRule.walletInBody("fanWallet", OptInRequest::fanWallet), RouteClass.WRITE, this::optIn);
        routes.get("/nft/inventory/{wallet}", RouteClass.READ, this::inventory);
        routes.get("/nft/{assetId}", RouteClass.READ, this::byAsset);
    }

    private void optIn(Context ctx, OptInRequest body) {
        if (body.assetId() == null) {
            throw ProblemException.invalid("assetId", "is required");
        }
        switch (prepareOptIn.prepare(new PrepareOptInService.Command(body.fanWallet(), body.assetId()))) {
            case PrepareOptInService.Result.Prepared prepared -> ctx.json(OptInJson.of(prepared));
            case PrepareOptInService.Result.NotFound notFound -> throw ProblemException.notFound(
                    "No asset with this id exists on chain.");
        }
    }

    private void inventory(Context ctx) {
        Address wallet = Params.wallet(ctx, "wallet");
        var page = PageParams.read(ctx);
        ctx.json(InventoryJson.of(fanInventory.get(new FanInventoryService.Query(wallet, page)),
                clock.instant()));
    }

    private void byAsset(Context ctx) {
        AssetId asset = AssetId.of(Params.positiveLong(ctx, "assetId"));
        switch (stickerByAsset.get(new StickerByAssetService.Query(asset))) {
            case StickerByAssetService.Result.Found found -> ctx.json(StickerJson.of(found.sticker(), clock.instant()));
            case StickerByAssetService.Result.NotFound notFound -> throw ProblemException.notFound(
                    "No sticker of the platform is this asset.");
        }
    }
}
