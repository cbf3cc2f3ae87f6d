package dev.stickerplatform.adapters.http.routes;

import com.fasterxml.jackson.annotation.JsonAlias;
import dev.stickerplatform.adapters.http.auth.AccessTokens;
import dev.stickerplatform.adapters.http.auth.JwtAccessPolicy;
import dev.stickerplatform.adapters.http.problem.ProblemException;
import dev.stickerplatform.adapters.http.problem.ProblemType;
import dev.stickerplatform.adapters.http.resources.StickerGrantJson;
import dev.stickerplatform.adapters.http.resources.TransferJson;
import dev.stickerplatform.adapters.http.resources.Wire;
import dev.stickerplatform.adapters.http.server.AccessRule;
import dev.stickerplatform.adapters.http.server.Params;
import dev.stickerplatform.adapters.http.server.RouteClass;
import dev.stickerplatform.adapters.http.server.RouteTable;
import dev.stickerplatform.application.grant.GrantStickersService.Result;
import dev.stickerplatform.application.grant.GrantStickersService;
import dev.stickerplatform.application.grant.TransferStickerService;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.GrantKind;
import dev.stickerplatform.domain.model.StickerType;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Stickers given rather than earned, and the administrators' transfer of held golden stickers.
 * {@code POST /nft/mint/soulbound|golden} (admin) grant a template's sticker to one wallet ({@code fanWallet}) or
 * many ({@code fanWallets}); {@code POST /creator/{wallet}/grants} is a creator's grant of their own template
 * within the daily quota. Both answer 202 with one outcome per wallet: the stickers are minted and delivered by
 * the pipeline, like a tip's. {@code POST /nft/transfer} (admin) moves a golden sticker the platform holds.
 */
final class GrantRoutes implements RouteGroup {
    static final String DEFAULT_ADMIN_REASON = "Granted by the platform";
    static final String DEFAULT_CREATOR_REASON = "Gift from the creator";
    private final GrantStickersService grantStickers;
    private final TransferStickerService transferSticker;

    GrantRoutes(GrantStickersService grantStickers, TransferStickerService transferSticker) {
        this.grantStickers = grantStickers;
        this.transferSticker = transferSticker;
    }

    record GrantRequest(@JsonAlias("template_id") Long templateId, @JsonAlias("fan_wallet") Address fanWallet,
                        @JsonAlias("fan_wallets") List<Address> fanWallets, String reason,
                        @JsonAlias("request_id") UUID requestId) {
    }

    record TransferRequest(@JsonAlias("asset_id") AssetId assetId,
                           @JsonAlias({"receiver_wallet", "toWallet", "to_wallet"}) Address receiverWallet) {
    }

    @Override
    public void register(RouteTable routes) {
        routes.post("/nft/mint/soulbound", GrantRequest.class, AccessRule.admin(), RouteClass.WRITE,
                (ctx, body) -> grant(ctx, body, GrantKind.ADMIN, StickerType.SOULBOUND));
        routes.post("/nft/mint/golden", GrantRequest.class, AccessRule.admin(), RouteClass.WRITE,
                (ctx, body) -> grant(ctx, body, GrantKind.ADMIN, StickerType.GOLDEN));
        routes.post("/creator/{wallet}/grants", GrantRequest.class, AccessRule.walletInPath("wallet"),
                RouteClass.WRITE, (ctx, body) -> grant(ctx, body, GrantKind.CREATOR, null));
        routes.post("/nft/transfer", TransferRequest.class, AccessRule.admin(), RouteClass.WRITE, this::transfer);
    }

    private void grant(Context ctx, GrantRequest body, GrantKind kind, StickerType type) {
        Address grantor = kind == GrantKind.CREATOR ? Params.wallet(ctx, "wallet") : caller(ctx);
        if (body.templateId() == null) {
            throw ProblemException.invalid("templateId", "is required");
        }
        List<Address> fans = new ArrayList<>();
        if (body.fanWallet() != null) {
            fans.add(body.fanWallet());
        }
        if (body.fanWallets() != null) {
            if (body.fanWallets().contains(null)) {
                throw ProblemException.invalid("fanWallets", "must not contain null");
            }
            fans.addAll(body.fanWallets());
        }
        if (fans.isEmpty()) {
            throw ProblemException.invalid("fanWallets", "give fanWallet or a non-empty fanWallets list");
        }
        String reason = body.reason() != null ? body.reason()
                : kind == GrantKind.ADMIN ? DEFAULT_ADMIN_REASON : DEFAULT_CREATOR_REASON;
        var command = Params.command("reason", () -> new GrantStickersService.Command(kind, grantor,
                body.templateId(), type, fans, reason, body.requestId()));
        switch (grantStickers.grant(command)) {
            case Result.Granted g -> ctx.status(202).json(StickerGrantJson.of(g, grantor,
                    command.reason().strip()));
            case Result.TemplateNotFound n -> throw ProblemException.notFound(
                    "Sticker template " + body.templateId() + " not found.");
            case Result.NotYourTemplate n -> throw ProblemException.of(ProblemType.FORBIDDEN,
                    "A creator can grant only their own templates' stickers.");
            case Result.WrongType w -> throw ProblemException.invalid("templateId", "template '"
                    + w.template().name() + "' is " + Wire.name(w.template().type()) + ", not " + Wire.name(type));
            case Result.TooManyWallets t -> throw ProblemException.invalid("fanWallets",
                    "at most " + t.max() + " wallets per request");
        }
    }

    private void transfer(Context ctx, TransferRequest body) {
        if (body.assetId() == null) {
            throw ProblemException.invalid("assetId", "is required");
        }
        if (body.receiverWallet() == null) {
            throw ProblemException.invalid("receiverWallet", "is required");
        }
        var command = new TransferStickerService.Command(body.assetId(), body.receiverWallet(),
                caller(ctx).value());
        switch (transferSticker.transfer(command)) {
            case TransferStickerService.Result.Redirected r -> ctx.status(202).json(TransferJson.of(r,
                    body.assetId(), body.receiverWallet()));
            case TransferStickerService.Result.AwaitingApproval a -> ctx.status(202).json(TransferJson.of(a,
                    body.assetId(), body.receiverWallet()));
            case TransferStickerService.Result.NotFound n -> throw ProblemException.notFound(
                    "No sticker of the platform is asset " + body.assetId().value() + ".");
            case TransferStickerService.Result.NotGolden n -> throw ProblemException.conflict(
                    "Only golden (tradable) stickers can be transferred; soulbound ones stay with their recipient.");
            case TransferStickerService.Result.NotHeld n -> throw ProblemException.conflict(
                    "The platform does not hold this sticker: " + n.reason() + ".");
            case TransferStickerService.Result.AlreadyAwaiting a -> throw ProblemException.conflict(
                    "A transfer of this sticker to " + a.transfer().to() + " already waits for approval "
                            + a.transfer().approvalId() + ": approve it, or let it expire, before asking again.");
            case TransferStickerService.Result.NotOptedIn n -> throw ProblemException.of(ProblemType.NOT_OPTED_IN,
                    "The receiver has not opted in to asset " + body.assetId().value()
                            + "; it must opt in (POST /nft/optin) first.");
        }
    }

    private static Address caller(Context ctx) {
        AccessTokens.Principal principal = ctx.attribute(JwtAccessPolicy.PRINCIPAL);
        if (principal == null) {
            throw ProblemException.of(ProblemType.UNAUTHENTICATED, "Sign in as an administrator.");
        }
        return principal.wallet();
    }
}
