package dev.stickerplatform.adapters.http.routes;

import com.fasterxml.jackson.annotation.JsonAlias;
import dev.stickerplatform.adapters.http.HttpConfig;
import dev.stickerplatform.adapters.http.json.AlgoAmount;
import dev.stickerplatform.adapters.http.problem.ProblemException;
import dev.stickerplatform.adapters.http.problem.ProblemType;
import dev.stickerplatform.adapters.http.resources.FundingJson;
import dev.stickerplatform.adapters.http.server.AccessRule;
import dev.stickerplatform.adapters.http.server.BodyLimit;
import dev.stickerplatform.adapters.http.server.Params;
import dev.stickerplatform.adapters.http.server.RouteClass;
import dev.stickerplatform.adapters.http.server.RouteTable;
import dev.stickerplatform.application.network.FundWalletService.Result;
import dev.stickerplatform.application.network.FundWalletService;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.MicroAlgos;
import io.javalin.http.Context;

/**
 * The test faucet, {@code POST /simulate/fund-wallet}: only with simulation mode on (never on mainnet), at most
 * 10 ALGO per call, under the strict faucet rate limit. 200 when confirmed, 202 when submitted but not yet
 * confirmed.
 */
final class SimulationRoutes implements RouteGroup {
    static final MicroAlgos DEFAULT_AMOUNT = MicroAlgos.ofAlgo(5);
    private final FundWalletService fundWallet;
    private final HttpConfig config;

    SimulationRoutes(FundWalletService fundWallet, HttpConfig config) {
        this.fundWallet = fundWallet;
        this.config = config;
    }

    record FundRequest(@JsonAlias("wallet_address") Address walletAddress,
                       @JsonAlias("amount_algo") AlgoAmount amountAlgo) {
    }

    @Override
    public void register(RouteTable routes) {
        routes.post("/simulate/fund-wallet", FundRequest.class, BodyLimit.SMALL_JSON,
                AccessRule.walletInBody("walletAddress", FundRequest::walletAddress), RouteClass.FAUCET, this::fund);
    }

    private void fund(Context ctx, FundRequest body) {
        if (!config.simulationMode()) {
            throw disabled();
        }
        MicroAlgos amount = body.amountAlgo() == null ? DEFAULT_AMOUNT : body.amountAlgo().value();
        var command = Params.command("amountAlgo", () -> new FundWalletService.Command(body.walletAddress(), amount));
        switch (fundWallet.fund(command)) {
            case Result.Funded f -> ctx.json(FundingJson.Funded.of(f, config.networkName()));
            case Result.Unconfirmed u -> ctx.status(202).json(FundingJson.Submitted.of(u, body.walletAddress(),
                    amount));
            case Result.AwaitingApproval a -> ctx.status(202).json(FundingJson.AwaitingApproval.of(a,
                    body.walletAddress(), amount));
            case Result.Disabled d -> throw disabled();
            case Result.AmountTooLarge tooLarge -> throw ProblemException.invalid("amountAlgo",
                    "must be at most " + tooLarge.max().toAlgo().toPlainString() + " ALGO per call");
            case Result.Rejected r -> throw ProblemException.of(ProblemType.CHAIN_REJECTED, r.reason());
        }
    }

    private static ProblemException disabled() {
        return ProblemException.of(ProblemType.SIMULATION_DISABLED,
                "The test faucet is only available in simulation mode on a test network.");
    }
}
