package dev.stickerplatform.bootstrap;

import dev.stickerplatform.adapters.http.UseCases;
import dev.stickerplatform.adapters.persistence.memory.InMemoryDailyCaps;
import dev.stickerplatform.application.approval.ApprovalService;
import dev.stickerplatform.application.budget.DailyBudget;
import dev.stickerplatform.application.audit.ReadAuditTrailService;
import dev.stickerplatform.application.grant.GrantStickersService;
import dev.stickerplatform.application.grant.TransferStickerService;
import dev.stickerplatform.application.listener.FollowChainService;
import dev.stickerplatform.application.listener.ListSkippedTransactionsService;
import dev.stickerplatform.application.onramp.OnrampOrdersService;
import dev.stickerplatform.application.onramp.OnrampPartner;
import dev.stickerplatform.application.onramp.OnrampRouting;
import dev.stickerplatform.application.onramp.OnrampWebhookService;
import dev.stickerplatform.application.listener.ListenerLoop;
import dev.stickerplatform.application.listener.ListenerStatus;
import dev.stickerplatform.application.metrics.PipelineMetrics;
import dev.stickerplatform.application.minting.ClaimStickerService;
import dev.stickerplatform.application.minting.ExpirePendingStickersService;
import dev.stickerplatform.application.minting.ListJobsService;
import dev.stickerplatform.application.minting.MintPipeline;
import dev.stickerplatform.application.minting.MintWorker;
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
import dev.stickerplatform.application.tipjar.FollowDeploymentsService;
import dev.stickerplatform.application.tipjar.DeploymentCost;
import dev.stickerplatform.application.tipjar.PaymentCheck;
import dev.stickerplatform.application.tipjar.RegisterCreatorService;
import dev.stickerplatform.application.tipjar.TipJarDeployer;
import dev.stickerplatform.application.tipjar.TipJarStatsService;
import dev.stickerplatform.application.tipjar.UpgradeTipJarService;
import dev.stickerplatform.application.treasury.SpendLedger;
import dev.stickerplatform.application.treasury.TreasuryService;
import dev.stickerplatform.adapters.algorand.tipproxy.TipProxyAbi;
import dev.stickerplatform.bootstrap.logging.MdcLogContext;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.port.AuditTrail;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.DailyCapKind;
import dev.stickerplatform.domain.port.DailyCaps;
import dev.stickerplatform.domain.port.ContentStore;
import dev.stickerplatform.domain.port.Leadership;
import dev.stickerplatform.domain.port.MintQueue;
import dev.stickerplatform.domain.port.Randomness;
import dev.stickerplatform.domain.port.SignerRole;
import dev.stickerplatform.domain.port.Signers;
import dev.stickerplatform.domain.port.Store;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** The use cases, wired by hand from the chosen ports and the configuration. */
public final class Services {
    private final Ports ports;
    private final PlatformConfig config;
    private final TipJarDeployer deployer;
    private final MintPipeline pipeline;
    private final PipelineMetrics metrics;
    private final DailyBudget budget;
    private OnrampPartner onrampPartner = OnrampPartner.WIDGET;
    private final SpendLedger spend;

    /** The adapters the use cases run on. */
    public record Ports(Chain chain, Store store, MintQueue queue, Signers signers, ContentStore content,
                        Randomness randomness, Clock clock, AuditTrail audit) {
    }

    Services(Ports ports, PlatformConfig config) {
        this(ports, config, PipelineMetrics.NONE);
    }

    /** @param metrics told of tips, mints and deliveries by the listener and the pipeline */
    Services(Ports ports, PlatformConfig config, PipelineMetrics metrics) {
        this(ports, config, metrics, new InMemoryDailyCaps());
    }

    /** @param dailyCaps what the platform spent per kind and day, counted against {@link MoneySettings#dailyCaps} */
    Services(Ports ports, PlatformConfig config, PipelineMetrics metrics, DailyCaps dailyCaps) {
        this.ports = ports;
        this.config = config;
        this.spend = new SpendLedger(ports.clock());
        this.metrics = metrics.and(spend);
        this.budget = new DailyBudget(dailyCaps, ports.clock(), config.money().dailyCaps());
        this.deployer = new TipJarDeployer(ports.chain(), ports.store(), ports.signers(), ports.clock(),
                config.deployment(), config.money().registrationMode(), approvals());
        this.pipeline = new MintPipeline(ports.chain(), ports.store(), ports.signers(), ports.clock(), this.metrics);
    }

    /** Quotes deployments from the TipProxy's schema; checks creators' payments when registration is paid. */
    PaymentCheck paymentCheck() {
        return new PaymentCheck(ports.chain(), ports.store(), ports.signers(), ports.clock(),
                config.money().registrationMode(), new DeploymentCost.AppSchema(TipProxyAbi.GLOBAL_UINTS,
                TipProxyAbi.GLOBAL_BYTES), config.deployment());
    }

    public Ports ports() {
        return ports;
    }

    /** The daily caps on what the platform spends, and today's counts. */
    public DailyBudget budget() {
        return budget;
    }

    /** A chain follower on these ports (the listener loop runs one; tests may drive one directly). */
    public FollowChainService followChain() {
        return followChain(ports.chain());
    }

    private FollowChainService followChain(Chain chain) {
        return new FollowChainService(chain, ports.store(), ports.clock(), null,
                ports.signers().forRole(SignerRole.ADMIN).address());
    }

    ListenerLoop listenerLoop(Leadership leadership) {
        Chain chain = MdcLogContext.taggingRounds(ports.chain());
        return new ListenerLoop(followChain(chain), chain, ports.clock(), config.listenerPollTimeout(),
                leadership, metrics, config.listener().stuckAfterRounds());
    }

    MintWorker worker(String name) {
        return new MintWorker(name, ports.queue(), ports.store(), pipeline, ports.randomness(), ports.clock(),
                config.pipeline());
    }

    /**
     * The treasury view: role balances from the chain, deployments from the store, the rest of the spend and the
     * fees from what this process saw.
     */
    public TreasuryService treasury() {
        long appMinBalance = 100_000 + 28_500L * TipProxyAbi.GLOBAL_UINTS + 50_000L * TipProxyAbi.GLOBAL_BYTES;
        MicroAlgos deployment = config.deployment().fundAmount().plus(MicroAlgos.of(appMinBalance))
                .plus(MicroAlgos.of(2 * TreasuryService.MIN_FEE.value()));
        return new TreasuryService(ports.chain(), ports.store(), ports.signers(), config.deployment().treasury(),
                spend, deployment, ports.clock());
    }

    /** Destroys the stickers nobody opted in to within {@code PENDING_OPTIN_EXPIRY}. */
    public ExpirePendingStickersService expirePendingStickers() {
        return new ExpirePendingStickersService(ports.store(), pipeline, ports.clock(),
                config.expiry().pendingOptInExpiry());
    }

    /** Finishes pending registrations and upgrades in the background (and what a crash left at start-up). */
    FollowDeploymentsService followDeployments() {
        return new FollowDeploymentsService(ports.store(), ports.chain(), deployer, ports.signers(), approvals(),
                config.deployment());
    }

    /** High-value operations waiting for approvals (also used by the {@code approvals} tooling). */
    ApprovalService approvals() {
        return new ApprovalService(ports.store(), ports.chain(), ports.signers(), ports.randomness(), ports.clock());
    }

    /** Routes paid on-ramp orders' tips (its follow-up confirms or re-signs them). */
    OnrampRouting onrampRouting() {
        return new OnrampRouting(ports.store(), ports.chain(), ports.signers(), ports.clock());
    }

    /** Who Transak is: the widget (nothing to call), or a simulated Transak on the simulated network. */
    void useOnrampPartner(OnrampPartner partner) {
        this.onrampPartner = partner;
    }

    /** Administrators' transfers of held golden stickers (its follow-up settles the approved ones). */
    TransferStickerService transferSticker(ApprovalService approvals) {
        return new TransferStickerService(ports.store(), ports.chain(), ports.signers(), approvals, ports.clock(),
                config.stickerOrigins().transfers());
    }

    UseCases useCases(ListenerLoop listener) {
        return useCases(listener == null ? null : listener::status, Map.of());
    }

    /**
     * @param listenerStatus the status of this process's listener, or null when it runs none
     * @param dependencies   readiness checks beyond the chain and the store (e.g. Redis), by name
     */
    UseCases useCases(Supplier<ListenerStatus> listenerStatus, Map<String, BooleanSupplier> dependencies) {
        Store store = ports.store();
        Chain chain = ports.chain();
        Clock clock = ports.clock();
        ApprovalService approvals = approvals();
        return new UseCases(
                new RegisterCreatorService(store, chain, deployer, ports.randomness(), clock, config.deployment(),
                        budget, paymentCheck()),
                new CreatorTipJarService(store),
                new TipJarStatsService(store, chain),
                new UpgradeTipJarService(store, chain, deployer, ports.signers(), ports.randomness(), clock,
                        config.deployment(), approvals, budget, paymentCheck()),
                new PrepareTipJarCallService(store, chain),
                new CreatorDashboardService(store),
                new CreateTemplateService(store, ports.content(), clock,
                        config.content().maxTemplatesPerCreator()),
                new ListTemplatesService(store),
                new DeleteTemplateService(store, ports.content()),
                new PrepareOptInService(chain),
                new StickerByAssetService(store),
                new FanInventoryService(store),
                new FanPendingStickersService(store),
                new ClaimStickerService(store, chain, pipeline, clock, config.pipeline()),
                new FanStatsService(store, clock),
                new GoldenOddsService(store, clock),
                new CreatorLeaderboardService(store, clock),
                new TopCreatorsService(store),
                new GetParamsService(chain, clock, new GetParamsService.Config(Duration.ofSeconds(2))),
                new SubmitTransactionsService(chain),
                new FundWalletService(chain, ports.signers(), new FundWalletService.Config(config.simulationMode(),
                        config.faucetMax(), config.deployment().waitRounds(), config.deployment().roundTimeout(),
                        config.faucetApprovalAbove()), approvals, budget),
                new HealthService(chain, store, clock, dependencies),
                new ListJobsService(store),
                new RedriveJobService(store, clock),
                approvals,
                new GetContentService(ports.content()),
                new ReadAuditTrailService(ports.audit()),
                new ListSkippedTransactionsService(store),
                listenerStatus,
                config.listenerPollTimeout(),
                new GrantStickersService(store, stickers -> budget.tryTake(DailyCapKind.GRANT, stickers), ports.randomness(), clock,
                        config.stickerOrigins().grants()),
                transferSticker(approvals),
                new OnrampOrdersService(store, ports.signers(), onrampPartner, onrampRouting(), ports.randomness(),
                        clock, config.stickerOrigins().onramp()),
                new OnrampWebhookService(store, chain, ports.signers(), onrampRouting(), clock,
                        config.stickerOrigins().onramp()),
                treasury());
    }
}
