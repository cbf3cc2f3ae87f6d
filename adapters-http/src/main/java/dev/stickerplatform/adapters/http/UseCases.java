package dev.stickerplatform.adapters.http;

import dev.stickerplatform.application.approval.GetApprovalService;
import dev.stickerplatform.application.approval.ListApprovalsService;
import dev.stickerplatform.application.approval.RejectApprovalService;
import dev.stickerplatform.application.approval.SignApprovalService;
import dev.stickerplatform.application.audit.ReadAuditTrailService;
import dev.stickerplatform.application.listener.ListSkippedTransactionsService;
import dev.stickerplatform.application.grant.GrantStickersService;
import dev.stickerplatform.application.grant.TransferStickerService;
import dev.stickerplatform.application.listener.ListenerStatus;
import dev.stickerplatform.application.onramp.OnrampOrdersService;
import dev.stickerplatform.application.onramp.OnrampWebhookService;
import dev.stickerplatform.application.minting.ClaimStickerService;
import dev.stickerplatform.application.minting.ListJobsService;
import dev.stickerplatform.application.minting.RedriveJobService;
import dev.stickerplatform.application.network.FundWalletService;
import dev.stickerplatform.application.network.GetParamsService;
import dev.stickerplatform.application.network.HealthService;
import dev.stickerplatform.application.network.PrepareOptInService;
import dev.stickerplatform.application.network.SubmitTransactionsService;
import dev.stickerplatform.application.query.CreatorDashboardService;
import dev.stickerplatform.application.query.CreatorLeaderboardService;
import dev.stickerplatform.application.query.CreatorTipJarService;
import dev.stickerplatform.application.query.FanInventoryService;
import dev.stickerplatform.application.query.FanPendingStickersService;
import dev.stickerplatform.application.query.FanStatsService;
import dev.stickerplatform.application.query.GoldenOddsService;
import dev.stickerplatform.application.query.StickerByAssetService;
import dev.stickerplatform.application.query.TopCreatorsService;
import dev.stickerplatform.application.template.CreateTemplateService;
import dev.stickerplatform.application.template.DeleteTemplateService;
import dev.stickerplatform.application.template.GetContentService;
import dev.stickerplatform.application.template.ListTemplatesService;
import dev.stickerplatform.application.tipjar.PrepareTipJarCallService;
import dev.stickerplatform.application.tipjar.RegisterCreatorService;
import dev.stickerplatform.application.tipjar.TipJarStatsService;
import dev.stickerplatform.application.tipjar.UpgradeTipJarService;
import dev.stickerplatform.application.treasury.TreasuryService;
import dev.stickerplatform.application.onramp.OnrampPartner;
import dev.stickerplatform.application.wiring.UseCaseWiring;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Every use case the HTTP layer calls, built by bootstrap (the composition root).
 *
 * @param listenerStatus       the status of the chain listener running in this process, or null when this
 *                             process runs none (then /listener/status says so and readiness ignores it)
 * @param listenerPollInterval how long the listener may go quiet between heartbeats; readiness fails when its
 *                             heartbeat is older than twice this
 * @param treasury             the treasury view of {@code GET /admin/treasury}, or null when this process has none
 */
public record UseCases(
        RegisterCreatorService registerCreator,
        CreatorTipJarService creatorTipJar,
        TipJarStatsService tipJarStats,
        UpgradeTipJarService upgradeTipJar,
        PrepareTipJarCallService prepareTipJarCall,
        CreatorDashboardService creatorDashboard,
        CreateTemplateService createTemplate,
        ListTemplatesService listTemplates,
        DeleteTemplateService deleteTemplate,
        PrepareOptInService prepareOptIn,
        StickerByAssetService stickerByAsset,
        FanInventoryService fanInventory,
        FanPendingStickersService fanPendingStickers,
        ClaimStickerService claimSticker,
        FanStatsService fanStats,
        GoldenOddsService goldenOdds,
        CreatorLeaderboardService creatorLeaderboard,
        TopCreatorsService topCreators,
        GetParamsService params,
        SubmitTransactionsService submitTransactions,
        FundWalletService fundWallet,
        HealthService health,
        ListJobsService listJobs,
        RedriveJobService redriveJob,
        ListApprovalsService listApprovals,
        GetApprovalService getApproval,
        SignApprovalService signApproval,
        RejectApprovalService rejectApproval,
        GetContentService content,
        ReadAuditTrailService auditTrail,
        ListSkippedTransactionsService skippedTransactions,
        Supplier<ListenerStatus> listenerStatus,
        Duration listenerPollInterval,
        GrantStickersService grantStickers,
        TransferStickerService transferSticker,
        OnrampOrdersService onrampOrders,
        OnrampWebhookService onrampWebhook,
        TreasuryService treasury) {

    public UseCases {
        for (Object useCase : new Object[] {registerCreator, creatorTipJar, tipJarStats, upgradeTipJar,
                prepareTipJarCall, creatorDashboard, createTemplate, listTemplates, deleteTemplate, prepareOptIn,
                stickerByAsset, fanInventory, fanPendingStickers, claimSticker, fanStats, goldenOdds,
                creatorLeaderboard, topCreators, params, submitTransactions, fundWallet, health, listJobs,
                redriveJob, listApprovals, getApproval, signApproval, rejectApproval, content, auditTrail, skippedTransactions, grantStickers, transferSticker,
                onrampOrders, onrampWebhook}) {
            Objects.requireNonNull(useCase, "every use case is required");
        }
        if (listenerPollInterval == null || listenerPollInterval.isNegative() || listenerPollInterval.isZero()) {
            throw new IllegalArgumentException("listenerPollInterval must be positive");
        }
    }

    /**
     * Every use case of the API, taken from the one wiring (the server's and the HTTP tests').
     *
     * @param dependencies readiness checks beyond the chain and the store (e.g. Redis), by name
     * @param onrampPartner who Transak is: the widget, or a simulated Transak on the simulated network
     * @param treasury     the treasury view, or null when this process has none
     */
    public static UseCases of(UseCaseWiring wiring, Map<String, BooleanSupplier> dependencies,
                              OnrampPartner onrampPartner, Supplier<ListenerStatus> listenerStatus,
                              Duration listenerPollInterval, TreasuryService treasury) {
        return new UseCases(wiring.registerCreator(), wiring.creatorTipJar(), wiring.tipJarStats(),
                wiring.upgradeTipJar(), wiring.prepareTipJarCall(), wiring.creatorDashboard(),
                wiring.createTemplate(), wiring.listTemplates(), wiring.deleteTemplate(), wiring.prepareOptIn(),
                wiring.stickerByAsset(), wiring.fanInventory(), wiring.fanPendingStickers(), wiring.claimSticker(),
                wiring.fanStats(), wiring.goldenOdds(), wiring.creatorLeaderboard(), wiring.topCreators(),
                wiring.params(), wiring.submitTransactions(), wiring.fundWallet(), wiring.health(dependencies),
                wiring.listJobs(), wiring.redriveJob(), wiring.listApprovals(), wiring.getApproval(),
                wiring.signApproval(), wiring.rejectApproval(), wiring.content(), wiring.auditTrail(),
                wiring.skippedTransactions(), listenerStatus, listenerPollInterval, wiring.grantStickers(),
                wiring.transferSticker(), wiring.onrampOrders(onrampPartner), wiring.onrampWebhook(), treasury);
    }
}
