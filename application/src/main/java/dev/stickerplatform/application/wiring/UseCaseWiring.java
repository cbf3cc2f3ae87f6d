package dev.stickerplatform.application.wiring;

import dev.stickerplatform.application.approval.FollowApprovalsService;
import dev.stickerplatform.application.approval.GetApprovalService;
import dev.stickerplatform.application.approval.ListApprovalsService;
import dev.stickerplatform.application.approval.ProposeApprovalService;
import dev.stickerplatform.application.approval.RejectApprovalService;
import dev.stickerplatform.application.approval.SignApprovalService;
import dev.stickerplatform.application.audit.ReadAuditTrailService;
import dev.stickerplatform.application.budget.DailyBudget;
import dev.stickerplatform.application.grant.GrantStickersService;
import dev.stickerplatform.application.grant.TransferStickerService;
import dev.stickerplatform.application.listener.ListSkippedTransactionsService;
import dev.stickerplatform.application.metrics.PipelineMetrics;
import dev.stickerplatform.application.minting.ClaimStickerService;
import dev.stickerplatform.application.minting.ListJobsService;
import dev.stickerplatform.application.minting.MintPipeline;
import dev.stickerplatform.application.minting.PipelineConfig;
import dev.stickerplatform.application.minting.RedriveJobService;
import dev.stickerplatform.application.network.FundWalletService;
import dev.stickerplatform.application.network.GetParamsService;
import dev.stickerplatform.application.network.HealthService;
import dev.stickerplatform.application.network.PrepareOptInService;
import dev.stickerplatform.application.network.SubmitTransactionsService;
import dev.stickerplatform.application.onramp.OnrampConfig;
import dev.stickerplatform.application.onramp.OnrampOrdersService;
import dev.stickerplatform.application.onramp.OnrampPartner;
import dev.stickerplatform.application.onramp.OnrampRouting;
import dev.stickerplatform.application.onramp.OnrampWebhookService;
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
import dev.stickerplatform.application.tipjar.DeploymentConfig;
import dev.stickerplatform.application.tipjar.DeploymentCost;
import dev.stickerplatform.application.tipjar.PaymentCheck;
import dev.stickerplatform.application.tipjar.PrepareTipJarCallService;
import dev.stickerplatform.application.tipjar.RegisterCreatorService;
import dev.stickerplatform.application.tipjar.RegistrationMode;
import dev.stickerplatform.application.tipjar.TipJarDeployer;
import dev.stickerplatform.application.tipjar.TipJarStatsService;
import dev.stickerplatform.application.tipjar.UpgradeTipJarService;
import dev.stickerplatform.domain.policy.TemplateRules;
import dev.stickerplatform.domain.port.AuditTrail;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.ContentStore;
import dev.stickerplatform.domain.port.DailyCapKind;
import dev.stickerplatform.domain.port.DailyCaps;
import dev.stickerplatform.domain.port.Randomness;
import dev.stickerplatform.domain.port.Signers;
import dev.stickerplatform.domain.port.Store;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Every use case the API calls, built from the ports and the settings, written once: bootstrap's {@code Services}
 * and the HTTP adapter's tests both take their use cases from here. The collaborators the use cases share (the
 * deployer, the mint pipeline, the approvals, the daily budget, the payment check, the on-ramp routing) are built
 * once per wiring.
 */
public final class UseCaseWiring {
    private final Ports ports;
    private final Settings settings;
    private final DailyBudget budget;
    private final ProposeApprovalService proposals;
    private final TipJarDeployer deployer;
    private final MintPipeline pipeline;
    private final PaymentCheck paymentCheck;
    private final OnrampRouting onrampRouting;

    /** The adapters the use cases run on. */
    public record Ports(Chain chain, Store store, Signers signers, ContentStore content, Randomness randomness,
                        Clock clock, AuditTrail audit, DailyCaps dailyCaps) {
        public Ports {
            for (Object port : new Object[] {chain, store, signers, content, randomness, clock, audit, dailyCaps}) {
                Objects.requireNonNull(port, "every port is required");
            }
        }
    }

    /**
     * What the use cases are configured with.
     *
     * @param appSchema the tip jar's state schema, to quote deployments and check creators' payments; null for no
     *                  payment check (then the API quotes no deployments)
     * @param dailyCaps the cap of each capped kind per UTC day (a kind without one is counted, never refused)
     */
    public record Settings(DeploymentConfig deployment, RegistrationMode registrationMode,
                           DeploymentCost.AppSchema appSchema, Map<DailyCapKind, Long> dailyCaps,
                           int maxTemplatesPerCreator, PipelineConfig pipeline, GetParamsService.Config params,
                           FundWalletService.Config faucet, GrantStickersService.Config grants,
                           TransferStickerService.Config transfers, OnrampConfig onramp) {
        public Settings {
            dailyCaps = Map.copyOf(dailyCaps);
        }

        /**
         * The defaults of each use case: open registration, no payment check, no daily caps, the faucet on (or
         * off), no on-ramp, transfers without approvals.
         */
        public static Settings defaults(boolean faucet) {
            return new Settings(DeploymentConfig.defaults(), RegistrationMode.OPEN, null, Map.of(),
                    TemplateRules.MAX_TEMPLATES_PER_CREATOR, PipelineConfig.defaults(),
                    GetParamsService.Config.defaults(), FundWalletService.Config.defaults(faucet),
                    GrantStickersService.Config.defaults(), new TransferStickerService.Config(null),
                    OnrampConfig.disabled());
        }
    }

    /** @param metrics told of mints and deliveries by the pipeline */
    public UseCaseWiring(Ports ports, Settings settings, PipelineMetrics metrics) {
        this.ports = ports;
        this.settings = settings;
        Clock clock = ports.clock();
        this.budget = new DailyBudget(ports.dailyCaps(), clock, settings.dailyCaps());
        this.proposals = new ProposeApprovalService(ports.store(), ports.chain(), ports.signers(), ports.randomness(),
                clock);
        this.deployer = new TipJarDeployer(ports.chain(), ports.store(), ports.signers(), clock, settings.deployment(),
                settings.registrationMode(), proposals, getApproval());
        this.pipeline = new MintPipeline(ports.chain(), ports.store(), ports.signers(), clock, metrics);
        this.paymentCheck = settings.appSchema() == null ? null : new PaymentCheck(ports.chain(), ports.store(),
                ports.signers(), clock, settings.registrationMode(), settings.appSchema(), settings.deployment());
        this.onrampRouting = new OnrampRouting(ports.store(), ports.chain(), ports.signers(), clock);
    }

    public Ports ports() {
        return ports;
    }

    public Settings settings() {
        return settings;
    }

    /** The daily caps on what the platform spends, and today's counts. */
    public DailyBudget budget() {
        return budget;
    }

    /** Proposes high-value operations that wait for approvals (for the use cases that need one). */
    public ProposeApprovalService proposeApproval() {
        return proposals;
    }

    /** An administrator's or an approver's signature of a pending approval. */
    public SignApprovalService signApproval() {
        return new SignApprovalService(ports.store(), ports.chain(), ports.signers(), ports.clock());
    }

    public RejectApprovalService rejectApproval() {
        return new RejectApprovalService(ports.store(), ports.chain(), ports.clock());
    }

    /** Reads that save nothing: the approvals as they stand on the chain. */
    public ListApprovalsService listApprovals() {
        return new ListApprovalsService(ports.store(), ports.chain(), ports.clock());
    }

    public GetApprovalService getApproval() {
        return new GetApprovalService(ports.store(), ports.chain(), ports.clock());
    }

    /** Records how the open approvals ended on the chain (run periodically by the server). */
    public FollowApprovalsService followApprovals() {
        return new FollowApprovalsService(ports.store(), ports.chain(), ports.clock());
    }

    public TipJarDeployer deployer() {
        return deployer;
    }

    public MintPipeline pipeline() {
        return pipeline;
    }

    /** Routes paid on-ramp orders' tips (its follow-up confirms or re-signs them). */
    public OnrampRouting onrampRouting() {
        return onrampRouting;
    }

    public RegisterCreatorService registerCreator() {
        return new RegisterCreatorService(ports.store(), ports.chain(), deployer, ports.randomness(), ports.clock(),
                settings.deployment(), budget, paymentCheck);
    }

    public CreatorTipJarService creatorTipJar() {
        return new CreatorTipJarService(ports.store());
    }

    public TipJarStatsService tipJarStats() {
        return new TipJarStatsService(ports.store(), ports.chain());
    }

    public UpgradeTipJarService upgradeTipJar() {
        return new UpgradeTipJarService(ports.store(), ports.chain(), deployer, ports.signers(), ports.randomness(),
                ports.clock(), settings.deployment(), proposals, budget, paymentCheck);
    }

    public PrepareTipJarCallService prepareTipJarCall() {
        return new PrepareTipJarCallService(ports.store(), ports.chain());
    }

    public CreatorDashboardService creatorDashboard() {
        return new CreatorDashboardService(ports.store());
    }

    public CreateTemplateService createTemplate() {
        return new CreateTemplateService(ports.store(), ports.content(), ports.clock(),
                settings.maxTemplatesPerCreator());
    }

    public ListTemplatesService listTemplates() {
        return new ListTemplatesService(ports.store());
    }

    public DeleteTemplateService deleteTemplate() {
        return new DeleteTemplateService(ports.store(), ports.content());
    }

    public PrepareOptInService prepareOptIn() {
        return new PrepareOptInService(ports.chain());
    }

    public StickerByAssetService stickerByAsset() {
        return new StickerByAssetService(ports.store());
    }

    public FanInventoryService fanInventory() {
        return new FanInventoryService(ports.store());
    }

    public FanPendingStickersService fanPendingStickers() {
        return new FanPendingStickersService(ports.store());
    }

    public ClaimStickerService claimSticker() {
        return new ClaimStickerService(ports.store(), ports.chain(), pipeline, ports.clock(), settings.pipeline());
    }

    public FanStatsService fanStats() {
        return new FanStatsService(ports.store(), ports.clock());
    }

    public GoldenOddsService goldenOdds() {
        return new GoldenOddsService(ports.store(), ports.clock());
    }

    public CreatorLeaderboardService creatorLeaderboard() {
        return new CreatorLeaderboardService(ports.store(), ports.clock());
    }

    public TopCreatorsService topCreators() {
        return new TopCreatorsService(ports.store());
    }

    public GetParamsService params() {
        return new GetParamsService(ports.chain(), ports.clock(), settings.params());
    }

    public SubmitTransactionsService submitTransactions() {
        return new SubmitTransactionsService(ports.chain());
    }

    public FundWalletService fundWallet() {
        return new FundWalletService(ports.chain(), ports.signers(), settings.faucet(), proposals, budget);
    }

    /** @param dependencies readiness checks beyond the chain and the store (e.g. Redis), by name */
    public HealthService health(Map<String, BooleanSupplier> dependencies) {
        return new HealthService(ports.chain(), ports.store(), ports.clock(), dependencies);
    }

    public ListJobsService listJobs() {
        return new ListJobsService(ports.store());
    }

    public RedriveJobService redriveJob() {
        return new RedriveJobService(ports.store(), ports.clock());
    }

    public GetContentService content() {
        return new GetContentService(ports.content());
    }

    public ReadAuditTrailService auditTrail() {
        return new ReadAuditTrailService(ports.audit());
    }

    public ListSkippedTransactionsService skippedTransactions() {
        return new ListSkippedTransactionsService(ports.store());
    }

    public GrantStickersService grantStickers() {
        return new GrantStickersService(ports.store(), stickers -> budget.tryTake(DailyCapKind.GRANT, stickers),
                ports.randomness(), ports.clock(), settings.grants());
    }

    /** Administrators' transfers of held golden stickers (its follow-up settles the approved ones). */
    public TransferStickerService transferSticker() {
        return new TransferStickerService(ports.store(), ports.chain(), ports.signers(), proposals, getApproval(),
                ports.clock(), settings.transfers());
    }

    /** @param partner who Transak is: the widget (nothing to call), or a simulated Transak */
    public OnrampOrdersService onrampOrders(OnrampPartner partner) {
        return new OnrampOrdersService(ports.store(), ports.signers(), partner, onrampRouting, ports.randomness(),
                ports.clock(), settings.onramp());
    }

    public OnrampWebhookService onrampWebhook() {
        return new OnrampWebhookService(ports.store(), ports.chain(), ports.signers(), onrampRouting, ports.clock(),
                settings.onramp());
    }
}
