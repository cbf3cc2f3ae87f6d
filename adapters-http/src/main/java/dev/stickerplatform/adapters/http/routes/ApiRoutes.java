package dev.stickerplatform.adapters.http.routes;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stickerplatform.adapters.http.HttpConfig;
import dev.stickerplatform.adapters.http.UseCases;
import dev.stickerplatform.adapters.http.auth.AuthRoutes;
import dev.stickerplatform.adapters.http.auth.Authentication;
import dev.stickerplatform.adapters.http.server.RouteTable;
import java.time.Clock;
import java.util.List;

/**
 * Every route group of the API, in the order they are registered; each gets only the use cases it calls.
 */
public final class ApiRoutes {
    private ApiRoutes() {
    }

    public static void registerAll(RouteTable table, UseCases useCases, Authentication auth, HttpConfig config,
                                   ObjectMapper json, Clock clock) {
        List<RouteGroup> groups = List.of(
                new AuthRoutes(auth, json),
                new OperationsRoutes(useCases.health(), useCases.listenerStatus(), useCases.params(),
                        useCases.listenerPollInterval(), config, clock),
                new TransactionRoutes(useCases.submitTransactions()),
                new ContractRoutes(new ContractCatalog(json, ApiRoutes.class.getClassLoader()),
                        useCases.registerCreator()),
                new CreatorRoutes(useCases.registerCreator(), useCases.creatorTipJar(), useCases.tipJarStats(),
                        useCases.upgradeTipJar(), useCases.prepareTipJarCall()),
                new DashboardRoutes(useCases.creatorDashboard(), useCases.tipJarStats()),
                new TemplateRoutes(useCases.createTemplate(), useCases.listTemplates(), useCases.deleteTemplate()),
                new NftRoutes(useCases.prepareOptIn(), useCases.fanInventory(), useCases.stickerByAsset(), clock),
                new GrantRoutes(useCases.grantStickers(), useCases.transferSticker()),
                new OnrampRoutes(useCases.onrampOrders(), useCases.onrampWebhook()),
                new FanRoutes(useCases.fanInventory(), useCases.fanStats(), useCases.fanPendingStickers(),
                        useCases.claimSticker(), useCases.goldenOdds(), clock),
                new LeaderboardRoutes(useCases.creatorLeaderboard(), useCases.topCreators()),
                new SimulationRoutes(useCases.fundWallet(), config),
                new AdminRoutes(useCases.listJobs(), useCases.redriveJob()),
                new AuditRoutes(useCases.auditTrail()),
                new SkippedTransactionsRoutes(useCases.skippedTransactions()),
                new TreasuryRoutes(useCases.treasury()),
                new ApprovalRoutes(useCases.listApprovals(), useCases.getApproval(), useCases.signApproval(),
                        useCases.rejectApproval()),
                new ContentRoutes(useCases.content()),
                new DocsRoutes(json, config.publicBaseUrl()));
        groups.forEach(group -> group.register(table));
    }
}
