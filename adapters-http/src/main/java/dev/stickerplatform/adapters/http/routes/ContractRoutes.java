package dev.stickerplatform.adapters.http.routes;

import dev.stickerplatform.adapters.http.problem.ProblemException;
import dev.stickerplatform.adapters.http.routing.RouteClass;
import dev.stickerplatform.adapters.http.routing.RouteTable;
import java.util.Map;

/** What the shipped contracts are: {@code GET /contract/info?name=tip_proxy} and {@code GET /contract/list}. */
final class ContractRoutes implements RouteGroup {
    private final ContractCatalog catalog;

    ContractRoutes(ContractCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void register(RouteTable routes) {
        routes.get("/contract/info", RouteClass.READ, ctx -> {
            String name = ctx.queryParam("name") == null ? "tip_proxy" : ctx.queryParam("name");
            ctx.json(catalog.info(name).orElseThrow(() -> ProblemException.notFound(
                    "No such contract. Known contracts: " + String.join(", ", catalog.names()) + ".")));
        });
        routes.get("/contract/list", RouteClass.READ, ctx -> ctx.json(Map.of("contracts",
                catalog.names().stream().map(name -> catalog.info(name).orElseThrow()).toList())));
    }
}
