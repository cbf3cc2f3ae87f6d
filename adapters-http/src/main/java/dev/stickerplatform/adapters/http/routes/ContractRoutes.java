package dev.stickerplatform.adapters.http.routes;

import dev.stickerplatform.adapters.http.problem.ProblemException;
import dev.stickerplatform.adapters.http.resources.ContractJson;
import dev.stickerplatform.adapters.http.resources.ContractListJson;
import dev.stickerplatform.adapters.http.server.RouteClass;
import dev.stickerplatform.adapters.http.server.RouteTable;
import dev.stickerplatform.application.tipjar.RegisterCreatorService;

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
        routes.get("/contract/list", RouteClass.READ, ctx -> ctx.json(ContractListJson.of(
                catalog.names().stream().map(this::info).toList())));
    }

    private ContractJson info(String name) {
        ContractJson info = catalog.info(name).orElseThrow(() -> ProblemException.notFound(
                "No such contract. Known contracts: " + String.join(", ", catalog.names()) + "."));
        return "tip_proxy".equals(name) ? info.withNewDeployments(registerCreator.terms()) : info;
    }
}
