package dev.stickerplatform.adapters.http.routes;

import com.fasterxml.jackson.annotation.JsonAlias;
import dev.stickerplatform.adapters.http.json.AlgoAmount;
import dev.stickerplatform.adapters.http.problem.Problem;
import dev.stickerplatform.adapters.http.problem.ProblemException;
import dev.stickerplatform.adapters.http.problem.ProblemType;
import dev.stickerplatform.adapters.http.resources.DeploymentQuoteJson;
import dev.stickerplatform.adapters.http.resources.MinTipCallJson;
import dev.stickerplatform.adapters.http.resources.RegistrationJson;
import dev.stickerplatform.adapters.http.resources.TipJarCallJson;
import dev.stickerplatform.adapters.http.resources.TipJarJson;
import dev.stickerplatform.adapters.http.resources.TipJarStatsJson;
import dev.stickerplatform.adapters.http.resources.UpgradeJson;
import dev.stickerplatform.adapters.http.server.AccessRule;
import dev.stickerplatform.adapters.http.server.BodyLimit;
import dev.stickerplatform.adapters.http.server.Params;
import dev.stickerplatform.adapters.http.server.RouteClass;
import dev.stickerplatform.adapters.http.server.RouteTable;
import dev.stickerplatform.application.query.CreatorTipJarService;
import dev.stickerplatform.application.tipjar.DeploymentQuote;
import dev.stickerplatform.application.tipjar.PaymentAlreadyUsedException;
import dev.stickerplatform.application.tipjar.PaymentRequiredException;
import dev.stickerplatform.application.tipjar.PrepareTipJarCallService;
import dev.stickerplatform.application.tipjar.RegisterCreatorService;
import dev.stickerplatform.application.tipjar.TipJarStatsService;
import dev.stickerplatform.application.tipjar.UpgradeTipJarService;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.Creator;
import dev.stickerplatform.domain.model.TipJarStatus;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.policy.MinTipPolicy;
import dev.stickerplatform.domain.port.TxnRequest.TipProxyMethod;
import io.javalin.http.Context;

/**
 * A creator's tip jar: registration (deploys the TipProxy; 201 active, 202 still confirming; idempotent),
 * its record and on-chain counters, upgrade, and unsigned pause/unpause/update_min_tip calls for the creator's wallet.
 */
final class CreatorRoutes implements RouteGroup {
    private final RegisterCreatorService registerCreator;
    private final CreatorTipJarService creatorTipJar;
    private final TipJarStatsService tipJarStats;
    private final UpgradeTipJarService upgradeTipJar;
    private final PrepareTipJarCallService prepareTipJarCall;

    CreatorRoutes(RegisterCreatorService registerCreator, CreatorTipJarService creatorTipJar,
                  TipJarStatsService tipJarStats, UpgradeTipJarService upgradeTipJar,
                  PrepareTipJarCallService prepareTipJarCall) {
        this.registerCreator = registerCreator;
        this.creatorTipJar = creatorTipJar;
        this.tipJarStats = tipJarStats;
        this.upgradeTipJar = upgradeTipJar;
        this.prepareTipJarCall = prepareTipJarCall;
    }

    record RegisterRequest(@JsonAlias("wallet_address") Address walletAddress, String username,
                           @JsonAlias("min_tip_algo") AlgoAmount minTipAlgo,
                           @JsonAlias("payment_tx_id") String paymentTxId) {
    }

    record MinTipRequest(@JsonAlias("min_tip_algo") AlgoAmount minTipAlgo) {
    }

    @Override
    public void register(RouteTable routes) {
        routes.post("/creator/register", RegisterRequest.class, BodyLimit.SMALL_JSON,
                AccessRule.walletInBody("walletAddress", RegisterRequest::walletAddress), RouteClass.REGISTER,
                this::registerCreator);
        routes.get("/creator/registration/quote", RouteClass.READ, this::quote);
        routes.get("/creator/{wallet}/contract", RouteClass.READ, this::contract);
        routes.get("/creator/{wallet}/contract/stats", RouteClass.READ, this::stats);
        routes.post("/creator/{wallet}/upgrade-contract", AccessRule.walletInPath("wallet"), RouteClass.REGISTER,
                this::upgrade);
        routes.post("/creator/{wallet}/pause-contract", AccessRule.walletInPath("wallet"), RouteClass.WRITE,
                ctx -> prepareCall(ctx, TipProxyMethod.PAUSE));
        routes.post("/creator/{wallet}/unpause-contract", AccessRule.walletInPath("wallet"), RouteClass.WRITE,
                ctx -> prepareCall(ctx, TipProxyMethod.UNPAUSE));
        routes.post("/creator/{wallet}/update-min-tip", MinTipRequest.class, BodyLimit.SMALL_JSON,
                AccessRule.walletInPath("wallet"), RouteClass.WRITE, this::prepareMinTip);
    }

    private void registerCreator(Context ctx, RegisterRequest body) {
        var minTip = body.minTipAlgo() == null ? MinTipPolicy.DEFAULT : body.minTipAlgo().value();
        if (!Creator.isValidUsername(body.username())) {
            throw ProblemException.invalid("username", Creator.USERNAME_RULE);
        }
        TxId paymentTxId = paymentTxId(body.paymentTxId());
        var command = Params.command("minTipAlgo", () -> new RegisterCreatorService.Command(body.walletAddress(),
                body.username(), registerCreator.checkMinTip(minTip), paymentTxId));
        switch (paid(() -> registerCreator.register(command))) {
            case RegisterCreatorService.Result.Active active -> ctx.status(201).json(RegistrationJson.of(
                    active.tipJar(), active.creator().username(), "active", null));
            case RegisterCreatorService.Result.Pending pending -> ctx.status(202).json(RegistrationJson.of(
                    pending.tipJar(), pending.creator().username(), "pending", pending.approval()));
        }
    }

    /** What a deployment costs the platform and, with {@code REGISTRATION_MODE=paid}, how the creator pays it. */
    private void quote(Context ctx) {
        String wallet = ctx.queryParam("wallet");
        if (wallet == null || wallet.isBlank()) {
            throw ProblemException.invalid("wallet", "is required (the creator wallet the payment's note names)");
        }
        Address creator = Params.address("wallet", wallet.strip());
        DeploymentQuote quote = registerCreator.quote(creator);
        if (quote == null) {
            throw ProblemException.notFound("This platform quotes no deployments.");
        }
        ctx.json(DeploymentQuoteJson.of(quote));
    }

    private static TxId paymentTxId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Params.command("paymentTxId", () -> TxId.of(value.strip()));
    }

    /** Runs a deployment; payment refusals become 402 (with the quote) and 409. */
    private static <T> T paid(java.util.function.Supplier<T> deployment) {
        try {
            return deployment.get();
        } catch (PaymentRequiredException e) {
            throw new ProblemException(Problem.of(ProblemType.PAYMENT_REQUIRED, e.getMessage())
                    .withExtension("quote", DeploymentQuoteJson.of(e.quote())));
        } catch (PaymentAlreadyUsedException e) {
            throw new ProblemException(Problem.of(ProblemType.PAYMENT_ALREADY_USED, "The payment " + e.txId()
                    + " already paid for another deployment: one payment pays for one deployment.")
                    .withExtension("paymentTxId", e.txId().value()));
        }
    }

    private void contract(Context ctx) {
        Address wallet = Params.wallet(ctx, "wallet");
        switch (creatorTipJar.get(new CreatorTipJarService.Query(wallet))) {
            case CreatorTipJarService.Result.Found found -> ctx.json(TipJarJson.of(found.tipJar()));
            case CreatorTipJarService.Result.NotFound notFound -> throw ProblemException.notFound(
                    "The wallet has no TipProxy. Register first via POST /creator/register.");
        }
    }

    private void stats(Context ctx) {
        Address wallet = Params.wallet(ctx, "wallet");
        switch (tipJarStats.stats(wallet)) {
            case TipJarStatsService.Result.Found found -> ctx.json(TipJarStatsJson.of(found.stats()));
            case TipJarStatsService.Result.NotFound notFound -> throw noTipJar();
            case TipJarStatsService.Result.MissingOnChain missing -> throw ProblemException.notFound(
                    "The creator's TipProxy app no longer exists on chain.");
        }
    }

    private void upgrade(Context ctx) {
        Address wallet = Params.wallet(ctx, "wallet");
        TxId paymentTxId = paymentTxId(ctx.queryParam("paymentTxId"));
        switch (paid(() -> upgradeTipJar.upgrade(wallet, paymentTxId))) {
            case UpgradeTipJarService.Result.Upgraded up -> ctx.json(UpgradeJson.of(up.oldJar(), up.newJar(),
                    "active", up.oldAppDeletion(), null));
            case UpgradeTipJarService.Result.Pending pending -> ctx.status(202).json(UpgradeJson.of(pending.oldJar(),
                    pending.newJar(), "pending", null, pending.approval()));
            case UpgradeTipJarService.Result.Resumed resumed -> {
                boolean active = resumed.newJar().status() == TipJarStatus.ACTIVE;
                ctx.status(active ? 200 : 202).json(UpgradeJson.of(null, resumed.newJar(),
                        active ? "active" : "pending", null, null));
            }
            case UpgradeTipJarService.Result.Unchanged unchanged -> throw ProblemException.conflict("The TipProxy "
                    + "app " + unchanged.jar().appId() + " already runs the current program with the current "
                    + "platform fee and treasury: an upgrade would deploy the same thing again.");
            case UpgradeTipJarService.Result.NotFound notFound -> throw ProblemException.notFound(
                    "The creator has no active TipProxy to upgrade.");
        }
    }

    private void prepareCall(Context ctx, TipProxyMethod method) {
        Address wallet = Params.wallet(ctx, "wallet");
        switch (prepareTipJarCall.prepare(wallet, method)) {
            case PrepareTipJarCallService.Result.Prepared prepared -> ctx.json(TipJarCallJson.of(prepared));
            case PrepareTipJarCallService.Result.NotFound notFound -> throw noTipJar();
        }
    }

    private void prepareMinTip(Context ctx, MinTipRequest body) {
        Address wallet = Params.wallet(ctx, "wallet");
        if (body.minTipAlgo() == null) {
            throw ProblemException.invalid("minTipAlgo", "is required (the new minimum tip in ALGO)");
        }
        var result = Params.command("minTipAlgo", () -> prepareTipJarCall.prepareMinTip(wallet,
                body.minTipAlgo().value()));
        switch (result) {
            case PrepareTipJarCallService.MinTipResult.Prepared prepared -> ctx.json(MinTipCallJson.of(prepared));
            case PrepareTipJarCallService.MinTipResult.Refused refused ->
                    throw ProblemException.invalid("minTipAlgo", refused.reason());
            case PrepareTipJarCallService.MinTipResult.NotFound notFound -> throw noTipJar();
        }
    }

    static ProblemException noTipJar() {
        return ProblemException.notFound("The creator has no active TipProxy. Register first via POST /creator/register.");
    }
}
