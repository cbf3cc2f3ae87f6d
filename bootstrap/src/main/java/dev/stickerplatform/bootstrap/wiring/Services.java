package dev.stickerplatform.bootstrap.wiring;

import dev.stickerplatform.adapters.http.UseCases;
import dev.stickerplatform.adapters.persistence.memory.InMemoryDailyCaps;
import dev.stickerplatform.application.approval.FollowApprovalsService;
import dev.stickerplatform.application.budget.DailyBudget;
import dev.stickerplatform.application.grant.TransferStickerService;
import dev.stickerplatform.application.listener.FollowChainService;
import dev.stickerplatform.application.onramp.OnrampPartner;
import dev.stickerplatform.application.onramp.OnrampRouting;
import dev.stickerplatform.application.listener.ListenerLoop;
import dev.stickerplatform.application.listener.ListenerStatus;
import dev.stickerplatform.application.metrics.PipelineMetrics;
import dev.stickerplatform.application.minting.ExpirePendingStickersService;
import dev.stickerplatform.application.minting.MintWorker;
import dev.stickerplatform.application.network.FundWalletService;
import dev.stickerplatform.application.network.GetParamsService;
import dev.stickerplatform.application.tipjar.FollowDeploymentsService;
import dev.stickerplatform.application.tipjar.DeploymentCost;
import dev.stickerplatform.application.treasury.SpendLedger;
import dev.stickerplatform.application.treasury.TreasuryService;
import dev.stickerplatform.adapters.algorand.tipproxy.TipProxyAbi;
import dev.stickerplatform.application.wiring.UseCaseWiring;
import dev.stickerplatform.bootstrap.config.MoneySettings;
import dev.stickerplatform.bootstrap.config.PlatformConfig;
import dev.stickerplatform.bootstrap.logging.MdcLogContext;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.port.AuditTrail;
import dev.stickerplatform.domain.port.Chain;
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

/**
 * The platform's services on the chosen ports: the listener, the workers and the follow-ups, and the API's use cases,
 * which come from the one {@link UseCaseWiring} (the HTTP tests build theirs there too).
 */
public final class Services {
    private final Ports ports;
    private final PlatformConfig config;
    private final PipelineMetrics metrics;
    private OnrampPartner onrampPartner = OnrampPartner.WIDGET;
    private final SpendLedger spend;
    private final UseCaseWiring wiring;

    /** The adapters the use cases run on. */
    public record Ports(Chain chain, Store store, MintQueue queue, Signers signers, ContentStore content,
                        Randomness randomness, Clock clock, AuditTrail audit) {
    }

    public Services(Ports ports, PlatformConfig config) {
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
        this.wiring = new UseCaseWiring(new UseCaseWiring.Ports(ports.chain(), ports.store(), ports.signers(),
                ports.content(), ports.randomness(), ports.clock(), ports.audit(), dailyCaps), settings(config),
                this.metrics);
    }

    /** The use cases' settings, read from the platform's configuration. */
    private static UseCaseWiring.Settings settings(PlatformConfig config) {
        return new UseCaseWiring.Settings(config.deploymentConfig(), config.money().registrationMode(),
                new DeploymentCost.AppSchema(TipProxyAbi.GLOBAL_UINTS, TipProxyAbi.GLOBAL_BYTES),
                config.money().dailyCaps(), config.content().maxTemplatesPerCreator(), config.pipelineConfig(),
                new GetParamsService.Config(Duration.ofSeconds(2)), new FundWalletService.Config(
                config.http().simulationMode(), config.faucet().max(), config.deployment().waitRounds(),
                config.chain().rounds().roundTimeout(), config.faucet().approvalAbove()),
                config.stickerOrigins().grants(), config.stickerOrigins().transfers(),
                config.stickerOrigins().onramp());
    }

    public Ports ports() {
        return ports;
    }

    /** The daily caps on what the platform spends, and today's counts. */
    public DailyBudget budget() {
        return wiring.budget();
    }

    /** A chain follower on these ports (the listener loop runs one; tests may drive one directly). */
    public FollowChainService followChain() {
        return followChain(ports.chain());
    }

    private FollowChainService followChain(Chain chain) {
        return new FollowChainService(chain, ports.store(), ports.clock(), null,
                ports.signers().forRole(SignerRole.ADMIN).address());
    }

    public ListenerLoop listenerLoop(Leadership leadership) {
        Chain chain = MdcLogContext.taggingRounds(ports.chain());
        return new ListenerLoop(followChain(chain), chain, ports.clock(), config.listener().pollTimeout(),
                leadership, metrics, config.listener().stuckAfterRounds());
    }

    public MintWorker worker(String name) {
        return new MintWorker(name, ports.queue(), ports.store(), wiring.pipeline(), ports.randomness(), ports.clock(),
                config.pipelineConfig());
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
        return new ExpirePendingStickersService(ports.store(), wiring.pipeline(), ports.clock(),
                config.expiry().pendingOptInExpiry());
    }

    /** Finishes pending registrations and upgrades in the background (and what a crash left at start-up). */
    FollowDeploymentsService followDeployments() {
        return new FollowDeploymentsService(ports.store(), ports.chain(), wiring.deployer(), ports.signers(),
                wiring.proposeApproval(), config.deploymentConfig());
    }

    /** Records how the open approvals ended on the chain (the server's periodic follow-up). */
    FollowApprovalsService followApprovals() {
        return wiring.followApprovals();
    }

    /** Routes paid on-ramp orders' tips (its follow-up confirms or re-signs them). */
    OnrampRouting onrampRouting() {
        return wiring.onrampRouting();
    }

    /** Who Transak is: the widget (nothing to call), or a simulated Transak on the simulated network. */
    void useOnrampPartner(OnrampPartner partner) {
        this.onrampPartner = partner;
    }

    /** Administrators' transfers of held golden stickers (its follow-up settles the approved ones). */
    TransferStickerService transferSticker() {
        return wiring.transferSticker();
    }

    public UseCases useCases(ListenerLoop listener) {
        return useCases(listener == null ? null : listener::status, Map.of());
    }

    /**
     * @param listenerStatus the status of this process's listener, or null when it runs none
     * @param dependencies   readiness checks beyond the chain and the store (e.g. Redis), by name
     */
    UseCases useCases(Supplier<ListenerStatus> listenerStatus, Map<String, BooleanSupplier> dependencies) {
        return UseCases.of(wiring, dependencies, onrampPartner, listenerStatus, config.listener().pollTimeout(),
                treasury());
    }
}
