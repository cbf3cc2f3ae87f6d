package dev.stickerplatform.adapters.http;

import dev.stickerplatform.application.approval.ApprovalService;
import dev.stickerplatform.application.grant.GrantBudget;
import dev.stickerplatform.application.grant.GrantStickersService;
import dev.stickerplatform.application.grant.TransferStickerService;
import dev.stickerplatform.application.onramp.OnrampConfig;
import dev.stickerplatform.application.onramp.OnrampOrdersService;
import dev.stickerplatform.application.onramp.OnrampPartner;
import dev.stickerplatform.application.onramp.OnrampRouting;
import dev.stickerplatform.application.onramp.OnrampWebhookService;
import dev.stickerplatform.application.audit.ReadAuditTrailService;
import dev.stickerplatform.application.listener.ListSkippedTransactionsService;
import dev.stickerplatform.application.listener.ListenerStatus;
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
import dev.stickerplatform.application.tipjar.PrepareTipJarCallService;
import dev.stickerplatform.application.tipjar.RegisterCreatorService;
import dev.stickerplatform.application.tipjar.TipJarDeployer;
import dev.stickerplatform.application.tipjar.TipJarStatsService;
import dev.stickerplatform.application.tipjar.UpgradeTipJarService;
import dev.stickerplatform.domain.port.AuditTrail;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.ChainUnavailableException;
import dev.stickerplatform.domain.port.ContentStore;
import dev.stickerplatform.domain.port.ContentStoreUnavailableException;
import dev.stickerplatform.domain.port.Randomness;
import dev.stickerplatform.domain.port.Signers;
import dev.stickerplatform.domain.port.Store;
import dev.stickerplatform.domain.port.StoreUnavailableException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Real use cases over ports that are all down: every port call throws its "unavailable" exception. Enough for
 * the adapter's own HTTP tests, which check everything that happens before or around a use case (validation,
 * access, limits, error mapping) without a platform.
 */
final class TestPlatform {
    private TestPlatform() {
    }

    static UseCases useCasesWithPortsDown() {
        Store store = down(Store.class, () -> new StoreUnavailableException("store down (test)"));
        Chain chain = down(Chain.class, () -> new ChainUnavailableException("chain down (test)"));
        ContentStore content = down(ContentStore.class, () -> new ContentStoreUnavailableException("ipfs down"));
        Signers signers = down(Signers.class, () -> new IllegalStateException("no signer in tests"));
        Randomness randomness = down(Randomness.class, () -> new IllegalStateException("no randomness in tests"));
        Clock clock = Clock.systemUTC();
        DeploymentConfig deployment = DeploymentConfig.defaults();
        PipelineConfig pipelineConfig = PipelineConfig.defaults();
        TipJarDeployer deployer = new TipJarDeployer(chain, store, signers, clock, deployment);
        MintPipeline pipeline = new MintPipeline(chain, store, signers, clock);
        ApprovalService approvals = new ApprovalService(store, chain, signers, randomness, clock);
        Supplier<ListenerStatus> listener = () -> new ListenerStatus(true, true, 10, 12, Instant.now(), 0, 0, null);
        return new UseCases(
                new RegisterCreatorService(store, chain, deployer, randomness, clock, deployment),
                new CreatorTipJarService(store),
                new TipJarStatsService(store, chain),
                new UpgradeTipJarService(store, chain, deployer, signers, randomness, clock, deployment, approvals),
                new PrepareTipJarCallService(store, chain),
                new CreatorDashboardService(store),
                new CreateTemplateService(store, content, clock),
                new ListTemplatesService(store),
                new DeleteTemplateService(store, content),
                new PrepareOptInService(chain),
                new StickerByAssetService(store),
                new FanInventoryService(store),
                new FanPendingStickersService(store),
                new ClaimStickerService(store, chain, pipeline, clock, pipelineConfig),
                new FanStatsService(store, clock),
                new GoldenOddsService(store, clock),
                new CreatorLeaderboardService(store, clock),
                new TopCreatorsService(store),
                new GetParamsService(chain, clock, GetParamsService.Config.defaults()),
                new SubmitTransactionsService(chain),
                new FundWalletService(chain, signers, FundWalletService.Config.defaults(true), approvals),
                new HealthService(chain, store, clock),
                new ListJobsService(store),
                new RedriveJobService(store, clock),
                approvals,
                new GetContentService(content),
                new ReadAuditTrailService(down(AuditTrail.class,
                        () -> new StoreUnavailableException("no audit trail in these tests"))),
                new ListSkippedTransactionsService(store),
                listener,
                Duration.ofSeconds(5),
                new GrantStickersService(store, GrantBudget.UNLIMITED, randomness, clock,
                        GrantStickersService.Config.defaults()),
                new TransferStickerService(store, chain, signers, approvals, clock,
                        new TransferStickerService.Config(null)),
                new OnrampOrdersService(store, signers, OnrampPartner.WIDGET,
                        new OnrampRouting(store, chain, signers, clock), randomness, clock, OnrampConfig.disabled()),
                new OnrampWebhookService(store, chain, signers, new OnrampRouting(store, chain, signers, clock), clock,
                        OnrampConfig.disabled()),
                null);
    }

    static <T> T down(Class<T> port, Supplier<RuntimeException> failure) {
        return port.cast(Proxy.newProxyInstance(TestPlatform.class.getClassLoader(), new Class<?>[] {port},
                (proxy, method, args) -> switch (method.getName()) {
                    case "toString" -> port.getSimpleName() + " (down)";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw failure.get();
                }));
    }
}
