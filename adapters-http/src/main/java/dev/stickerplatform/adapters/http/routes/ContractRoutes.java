package dev.stickerplatform.adapters.http.routes;

import dev.stickerplatform.adapters.http.problem.ProblemException;
import dev.stickerplatform.adapters.http.server.RouteClass;
import dev.stickerplatform.adapters.http.server.RouteTable;
import dev.stickerplatform.application.tipjar.RegisterCreatorService;
import dev.stickerplatform.application.tipjar.TipJarDeployer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the shipped contracts are: {@code GET /contract/info?name=tip_proxy} and {@code GET /contract/list}. The
 * TipProxy's summary also says what a new deployment is created with: the platform account, the treasury and the
 * platform fee (fixed in each app at creation; existing apps keep theirs, see their global state).
 */
final class ContractRoutes implements RouteGroup {
    private final ContractCatalog catalog;
    private final RegisterCreatorService registerCreator;

    ContractRoutes(ContractCatalog catalog, RegisterCreatorService registerCreator) {
        this.catalog = catalog;
        this.registerCreator = registerCreator;
    }

    @Override
    public void register(RouteTable routes) {
        routes.get("/contract/info", RouteClass.READ, ctx -> {
            String name = ctx.queryParam("name") == null ? "tip_proxy" : ctx.queryParam("name");
            ctx.json(info(name));
        });
        routes.get("/contract/list", RouteClass.READ, ctx -> ctx.json(Map.of("contracts",
                catalog.names().stream().map(this::info).toList())));
    }

    private Map<String, Object> info(String name) {
        Map<String, Object> info = catalog.info(name).orElseThrow(() -> ProblemException.notFound(
                "No such contract. Known contracts: " + String.join(", ", catalog.names()) + "."));
        if (!"tip_proxy".equals(name)) {
            return info;
        }
        TipJarDeployer.Terms terms = registerCreator.terms();
        Map<String, Object> fee = new LinkedHashMap<>();
        fee.put("basisPoints", terms.fee().basisPoints());
        fee.put("floorMicroAlgos", terms.fee().floor().value());
        fee.put("floorAlgo", terms.fee().floor().toAlgoString());
        fee.put("rule", "fee = max(floor, amount * basisPoints / 10000 rounded down); the creator receives amount - "
                + "fee, the treasury the fee; the minimum tip is above the floor");
        fee.put("treasury", terms.treasury().value());
        Map<String, Object> newDeployments = new LinkedHashMap<>();
        newDeployments.put("contractVersion", 2);
        newDeployments.put("platformAddress", terms.platform().value());
        newDeployments.put("platformFee", fee);
        Map<String, Object> withTerms = new LinkedHashMap<>(info);
        withTerms.put("newDeployments", newDeployments);
        return withTerms;
    }
}
