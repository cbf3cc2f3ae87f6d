package dev.stickerplatform.bootstrap.wiring;

import dev.stickerplatform.adapters.algorand.simulated.SimulatedLedger;
import dev.stickerplatform.adapters.http.HttpConfig;
import dev.stickerplatform.adapters.http.HttpServer;
import dev.stickerplatform.adapters.http.ServerOperations;
import dev.stickerplatform.adapters.http.UseCases;
import dev.stickerplatform.adapters.http.metrics.PoolStats;
import dev.stickerplatform.adapters.http.metrics.PrometheusMetrics;
import dev.stickerplatform.adapters.http.server.RouteSpec;
import dev.stickerplatform.adapters.kms.ConfiguredSigners;
import dev.stickerplatform.adapters.kms.SignerFactory;
import dev.stickerplatform.adapters.kms.SystemLoggerAuditLog;
import dev.stickerplatform.adapters.persistence.memory.SecureRandomness;
import dev.stickerplatform.adapters.persistence.postgres.PostgresDatabase;
import dev.stickerplatform.bootstrap.config.ConfigException;
import dev.stickerplatform.bootstrap.config.HttpSettings;
import dev.stickerplatform.bootstrap.config.Network;
import dev.stickerplatform.bootstrap.config.OperationsConfig;
import dev.stickerplatform.bootstrap.config.PlatformConfig;
import dev.stickerplatform.bootstrap.config.StartupGuards;
import dev.stickerplatform.bootstrap.logging.MdcLogContext;
import dev.stickerplatform.application.keys.RekeyAwareChain;
import dev.stickerplatform.application.keys.SignerKeysService;
import dev.stickerplatform.application.approval.FollowApprovalsService;
import dev.stickerplatform.application.grant.TransferStickerService;
import dev.stickerplatform.application.onramp.OnrampRouting;
import dev.stickerplatform.application.auth.SessionService;
import dev.stickerplatform.application.listener.ListenerWatchdog;
import dev.stickerplatform.application.metrics.ObservedChain;
import dev.stickerplatform.application.minting.ExpirePendingStickersService;
import dev.stickerplatform.application.minting.MintWorker;
import dev.stickerplatform.application.tipjar.FollowDeploymentsService;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.port.AuditLog;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.ContentStore;
import dev.stickerplatform.domain.port.SignerRole;
import java.security.SecureRandom;
import java.time.Clock;
import dev.stickerplatform.adapters.http.server.ViewCache;
import dev.stickerplatform.domain.port.ViewVersions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running Sticker Platform: adapters chosen from the configuration, the use cases wired by hand, the listener
 * and mint workers on their own threads and the HTTP server. {@link #close()} stops all of it.
 */
public final class Platform implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Platform.class);
    /** Dev role accounts on the simulated network start with this much. */
    private static final MicroAlgos DEV_ROLE_FUNDS = MicroAlgos.ofAlgo(1_000_000);
    /** How often a role holding a current and a next key asks the chain which one signs for its account. */
    static final Duration KEY_REFRESH_INTERVAL = Duration.ofSeconds(30);
    /** How long a kept view may be served while nothing was written (expiry by the clock, on-chain counters). */
    static final Duration VIEW_MAX_AGE = Duration.ofSeconds(1);
    /** How often the server process resubmits, confirms or expires open approvals. */
    static final Duration APPROVAL_FOLLOW_UP = Duration.ofSeconds(10);

    private final PlatformConfig config;
    private final SimulatedLedger ledger;
    private final Persistence persistence;
    private final Services services;
    private final ListenerWatchdog listener;
    private final PrometheusMetrics metrics;
    private final RateLimiting rateLimiting;
    private final List<MintWorker> workers;
    private final List<Thread> threads = new ArrayList<>();
    private final HttpServer http;
    private final ConfiguredSigners signers;
    private final SignerKeyRefresh keyRefresh;
    private final ContentStore content;
    private final UseCases useCases;
    private int port;

    private Platform(PlatformConfig config, Clock clock, UnaryOperator<Chain> chainWrapper) {
        this(config, clock, chainWrapper, EmbeddedPorts.NONE);
    }

    /** @param given what an embedding application hands over instead of the configured adapters */
    private Platform(PlatformConfig config, Clock clock, UnaryOperator<Chain> chainWrapper, EmbeddedPorts given) {
        Chain givenChain = given.chain();
        MdcLogContext.install();
        StartupGuards.refuseUnsafeSettings(config);
        OperationsConfig ops = config.operations();
        this.config = config;
        this.ledger = config.network() == Network.SIMULATED && givenChain == null
                ? new SimulatedLedger(SimulatedLedger.Config.manualBlocks().withBlockTime(config.chain().blockTime()))
                : null;
        Chain chain;
        try {
            chain = givenChain != null ? givenChain : ChainConnector.connect(ops.profile(), ledger);
            Chain.NetworkInfo network = chain.network();
            StartupGuards.verifyGenesis(ops.profile(), network);
            StartupGuards.refuseMainnetBehindAnotherNetwork(config, network);
        } catch (RuntimeException e) {
            if (ledger != null) {
                ledger.close();
            }
            throw e;
        }
        this.metrics = new PrometheusMetrics();
        // the store first: every signature is recorded in its audit trail before it is used
        this.persistence = given.store() != null ? Persistence.over(given.store(), clock)
                : Persistence.open(config.database(), clock);
        try {
            this.signers = new SignerFactory(AuditLog.both(new SystemLoggerAuditLog(), persistence.audit()), clock,
                    new SecureRandom()).create(ops.signerSettings(), given.signers());
        } catch (RuntimeException e) {
            closeQuietly(persistence, e);
            if (ledger != null) {
                ledger.close();
            }
            throw e;
        }
        for (SignerRole role : SignerRole.values()) {
            if (ledger != null) {
                ledger.fund(signers.forRole(role).address(), DEV_ROLE_FUNDS);
            }
        }
        try {
            this.keyRefresh = SignerKeyRefresh.start(new SignerKeysService(chain, signers), KEY_REFRESH_INTERVAL);
        } catch (RuntimeException e) {
            signers.close();
            closeQuietly(persistence, e);
            if (ledger != null) {
                ledger.close();
            }
            throw e;
        }
        RateLimiting openedLimiting = null;
        try {
            Chain observed = new RekeyAwareChain(new ObservedChain(chainWrapper.apply(chain), metrics), signers);
            this.content = ContentStores.open(config.content(),
                    persistence.resources() instanceof PostgresDatabase database ? database : null,
                    config.http().publicBaseUrl());
            LOG.info("content store: {}", config.content().storeFor(config.database() != null)
                    .name().toLowerCase(Locale.ROOT));
            var ports = new Services.Ports(observed, persistence.store(), persistence.queue(), signers, content,
                    new SecureRandomness(), clock, persistence.audit());
            this.services = new Services(ports, config, metrics, persistence.dailyCaps());
            this.listener = config.listener().enabled() ? new ListenerWatchdog(
                    () -> services.listenerLoop(persistence.leadership()), clock, new ListenerWatchdog.Config(
                            ops.listenerRestartAfter(),
                            ListenerWatchdog.Config.forPollInterval(config.listener().pollTimeout()).checkEvery()))
                    : null;
            openedLimiting = RateLimiting.open(ops, clock);
            this.rateLimiting = openedLimiting;
            if (listener != null) {
                metrics.bindListener(listener::status, clock);
            }
            metrics.bindJobs(() -> persistence.store().mintJobs().countByStage(),
                    () -> persistence.store().mintJobs().countDead(), Duration.ofSeconds(5), clock);
            metrics.bindApprovals(() -> persistence.store().approvals().countByState(), Duration.ofSeconds(5), clock);
            var treasury = services.treasury();
            metrics.bindTreasury(treasury::report, java.util.Arrays.stream(SignerRole.values()).map(Enum::name).toList(),
                    Duration.ofSeconds(30), clock);
            metrics.bindDailySpend(services.budget()::today, Duration.ofSeconds(5), clock);
            rateLimiting.bindMetrics(metrics);
            if (persistence.resources() instanceof PostgresDatabase database) {
                metrics.bindPool("postgres", () -> {
                    PostgresDatabase.PoolStats stats = database.poolStats();
                    return new PoolStats(stats.active(), stats.idle(), stats.waiting());
                });
            }
            this.workers = new ArrayList<>();
            for (int i = 0; i < config.pipeline().workers(); i++) {
                workers.add(services.worker("worker-" + (i + 1)));
            }
            if (config.stickerOrigins().onramp().simulated() && ledger != null) {
                services.useOnrampPartner(new SimulatedTransak(ledger, observed, signers.forRole(SignerRole.ADMIN)
                        .address(), config.stickerOrigins().onramp().webhookSecret(), this::baseUrl, clock));
            }
            HttpSettings http = config.http();
            var httpConfig = new HttpConfig(http.host(), http.port(), http.corsOrigins(), http.maxBodyBytes(),
                    ops.trustedProxy(), config.network().name().toLowerCase(Locale.ROOT), http.simulationMode(),
                    http.publicBaseUrl());
            var sessions = new SessionService(persistence.sessions(), observed, ports.randomness(), clock,
                    config.sessions().config());
            var authentication = AuthWiring.authentication(ports,
                    AuthWiring.challengeStore(persistence.challenges(), rateLimiting.redis()), config.auth(), metrics,
                    sessions);
            this.useCases = services.useCases(listener == null ? null : listener::status, rateLimiting.healthChecks());
            this.http = new HttpServer(useCases, httpConfig, authentication, rateLimiting.limiter(), ops.rateLimits(),
                    new ServerOperations(metrics, ops.metricsToken(), rateLimiting.fallback(), new ViewCache(
                            persistence.resources() instanceof PostgresDatabase database ? database.viewVersions()
                                    : ViewVersions.NONE, VIEW_MAX_AGE)), clock);
            for (SignerRole role : SignerRole.values()) {
                LOG.info("{} {}", role, SignerKeys.describe(signers.keys(role), signers.forRole(role)));
            }
        } catch (RuntimeException e) {
            // a later step failed (content store, Redis, routes): close what was opened, newest first
            if (openedLimiting != null) {
                closeQuietly(openedLimiting, e);
            }
            closeQuietly(metrics, e);
            closeQuietly(keyRefresh, e);
            closeQuietly(signers, e);
            closeQuietly(persistence, e);
            if (ledger != null) {
                ledger.close();
            }
            throw e;
        }
    }

    private static void closeQuietly(AutoCloseable resource, RuntimeException cause) {
        try {
            resource.close();
        } catch (Exception e) {
            cause.addSuppressed(e);
        }
    }

    /** Builds and starts everything; the HTTP port is bound when this returns. */
    public static Platform start(PlatformConfig config) {
        return start(config, Clock.systemUTC());
    }

    /** Like {@link #start(PlatformConfig)} on {@code clock} (tests move time to expire challenges and tokens). */
    public static Platform start(PlatformConfig config, Clock clock) {
        return start(config, clock, UnaryOperator.identity());
    }

    /**
     * Like {@link #start(PlatformConfig, Clock)} with every use of the chain going through {@code chainWrapper}
     * (fault-injection tests: a chain that hangs or fails on cue).
     */
    public static Platform start(PlatformConfig config, Clock clock, UnaryOperator<Chain> chainWrapper) {
        Platform platform = new Platform(config, clock, chainWrapper);
        try {
            platform.startThreads();
            platform.port = platform.http.start();
        } catch (RuntimeException e) {
            platform.closeAfterFailedStart(e);
            throw e;
        }
        return platform;
    }

    /**
     * For embedding ({@code dev.stickerplatform.bootstrap.embedding.StickerPlatform}): like
     * {@link #start(PlatformConfig, Clock, UnaryOperator)} on {@code chain} instead of the configured network's
     * when it is not null (its genesis is checked against the configured network all the same), the HTTP server
     * only when {@code serveHttp}.
     */
    public static Platform embed(PlatformConfig config, Clock clock, UnaryOperator<Chain> chainWrapper, Chain chain,
                                 boolean serveHttp) {
        return embed(config, clock, chainWrapper, new EmbeddedPorts(chain, null, java.util.Map.of()), serveHttp);
    }

    /**
     * For embedding: like {@link #embed(PlatformConfig, Clock, UnaryOperator, Chain, boolean)} with the store and
     * the signers {@code given} too. A given store is the application's to close; it cannot be combined with
     * {@code DATABASE_URL}. A role with a given signer ignores its {@code <ROLE>_…} settings and counts as
     * {@code provided} (not development-only) for the mainnet guards.
     */
    public static Platform embed(PlatformConfig config, Clock clock, UnaryOperator<Chain> chainWrapper,
                                 EmbeddedPorts given, boolean serveHttp) {
        if (given.store() != null && config.database() != null) {
            throw new ConfigException("a store of your own and DATABASE_URL both say where records live: choose one");
        }
        PlatformConfig effective = given.signers().isEmpty() ? config
                : config.withOperations(config.operations().withProvidedSigners(given.signers().keySet()));
        Platform platform = new Platform(effective, clock, chainWrapper, given);
        try {
            platform.startThreads();
            if (serveHttp) {
                platform.port = platform.http.start();
            }
        } catch (RuntimeException e) {
            platform.closeAfterFailedStart(e);
            throw e;
        }
        return platform;
    }

    /** Every use case, as the HTTP server calls them (embedders call them directly). */
    public UseCases useCases() {
        return useCases;
    }

    /**
     * A worker process: mint workers (no HTTP), sharing the queue through the database with every other process;
     * with {@code WORKER_LISTENER=true} also a standby listener that takes the lease when its leader dies.
     */
    public static Platform startWorkers(PlatformConfig config) {
        if (config.database() == null) {
            throw new ConfigException("the worker command needs DATABASE_URL: workers in separate processes share"
                    + " their queue through PostgreSQL");
        }
        if (config.network() == Network.SIMULATED) {
            throw new ConfigException("the worker command needs a shared chain, and the simulated ledger lives"
                    + " inside one process: on NETWORK=simulated run `serve` with WORKERS=N instead");
        }
        Platform platform = new Platform(config.withListener(config.topology().workerListener()), Clock.systemUTC(),
                UnaryOperator.identity());
        platform.startThreads();
        return platform;
    }

    private void startThreads() {
        // pending registrations and upgrades finish by themselves (and what a crash left, at start-up)
        FollowDeploymentsService deployments = services.followDeployments();
        threads.add(Thread.ofVirtual().name("deployments").start(deployments::run));
        if (listener != null) {
            listener.start();
            var approvals = services.followApprovals();
            var transfers = services.transferSticker();
            var onramp = services.onrampRouting();
            threads.add(Thread.ofVirtual().name("approvals").start(() -> followApprovals(approvals, transfers,
                    onramp)));
            var expiry = services.expirePendingStickers();
            Duration every = config.expiry().expirySweepInterval();
            threads.add(Thread.ofVirtual().name("sticker-expiry").start(() -> sweepExpiredStickers(expiry, every)));
        }
        for (int i = 0; i < workers.size(); i++) {
            threads.add(Thread.ofVirtual().name("mint-worker-" + (i + 1)).start(workers.get(i)));
        }
    }

    /**
     * Every {@link #APPROVAL_FOLLOW_UP}, the open approvals are brought up to date with the chain (a deployment
     * waiting for its approval goes on in the deployments thread once it is signed).
     */
    private static void followApprovals(FollowApprovalsService approvals, TransferStickerService transfers,
                                        OnrampRouting onramp) {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                approvals.followUp();
                transfers.followUp();
                onramp.followUp();
            } catch (RuntimeException e) {
                LOG.warn("could not follow up open approvals: {}", e.toString());
            }
            try {
                Thread.sleep(APPROVAL_FOLLOW_UP);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /**
     * Every {@code every}, stickers past their opt-in expiry are destroyed (the server process does it, next to the
     * listener; the destroys themselves are followed to the end by the workers, in any process).
     */
    private static void sweepExpiredStickers(ExpirePendingStickersService expiry, Duration every) {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                int expired = expiry.sweep();
                if (expired > 0) {
                    LOG.info("{} unclaimed stickers expired: their assets are being destroyed", expired);
                }
            } catch (RuntimeException e) {
                LOG.warn("could not expire unclaimed stickers: {}", e.toString());
            }
            try {
                Thread.sleep(every);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    public int port() {
        return port;
    }

    /** Every route the HTTP server registered, with its declared access. */
    public List<RouteSpec> routes() {
        return http.routes();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** The in-process ledger on the simulated network (null on any other): tests fund accounts and read it. */
    public SimulatedLedger ledger() {
        return ledger;
    }

    public Services services() {
        return services;
    }

    /** The content store in use (tests read what a template pinned). */
    public ContentStore content() {
        return content;
    }

    public PlatformConfig config() {
        return config;
    }

    /** This process's metrics (also served on {@code /metrics}). */
    public PrometheusMetrics metrics() {
        return metrics;
    }

    /** A start that failed after construction (e.g. the port is taken): everything opened is closed. */
    private void closeAfterFailedStart(RuntimeException cause) {
        try {
            http.stop();
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
        try {
            close();
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public void close() {
        if (port > 0) {
            http.stop();
        }
        if (listener != null) {
            listener.close();
        }
        workers.forEach(MintWorker::stop);
        threads.forEach(Thread::interrupt);
        for (Thread thread : threads) {
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        keyRefresh.close();
        if (ledger != null) {
            ledger.close();
        }
        rateLimiting.close();
        metrics.close();
        try {
            persistence.close();
            signers.close();
        } catch (Exception e) {
            LOG.warn("closing the store failed: {}", e.toString());
        }
    }

    /** Which store this platform runs on, for the start-up log. */
    public String storeDescription() {
        return persistence.description();
    }

    /** Which rate limiter this platform counts with, for the start-up log. */
    public String rateLimiterDescription() {
        return rateLimiting.description();
    }
}
