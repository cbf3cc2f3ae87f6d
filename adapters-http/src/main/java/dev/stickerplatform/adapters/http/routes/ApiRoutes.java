package dev.stickerplatform.adapters.http.routes;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stickerplatform.adapters.http.HttpConfig;
import dev.stickerplatform.adapters.http.UseCases;
import dev.stickerplatform.adapters.http.auth.AuthRoutes;
import dev.stickerplatform.adapters.http.auth.Authentication;
import dev.stickerplatform.adapters.http.routing.RouteTable;
import java.time.Clock;
import java.util.List;

/** Every route group of the API, in the order they are registered. */
public final class ApiRoutes {
    private ApiRoutes() {
    }

    public static void registerAll(RouteTable table, UseCases useCases, Authentication auth, HttpConfig config,
                                   ObjectMapper json, Clock clock) {
        List<RouteGroup> groups = List.of(
                new AuthRoutes(auth, json),
                new OperationsRoutes(useCases, config, clock),
                new TransactionRoutes(useCases),
                new ContractRoutes(new ContractCatalog(json, ApiRoutes.class.getClassLoader()), useCases),
                new CreatorRoutes(useCases),
                new DashboardRoutes(useCases),
                new TemplateRoutes(useCases),
                new NftRoutes(useCases, clock),
                new GrantRoutes(useCases),
                new OnrampRoutes(useCases),
                new FanRoutes(useCases, clock),
                new LeaderboardRoutes(useCases),
                new SimulationRoutes(useCases, config),
                new AdminRoutes(useCases),
                new AuditRoutes(useCases.auditTrail()),
                new SkippedTransactionsRoutes(useCases.skippedTransactions()),
                new TreasuryRoutes(useCases.treasury()),
                new ApprovalRoutes(useCases),
                new ContentRoutes(useCases),
                new DocsRoutes(json, config.publicBaseUrl()));
        groups.forEach(group -> group.register(table));
    }
}
