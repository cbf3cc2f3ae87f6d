package dev.stickerplatform.bootstrap;

import dev.stickerplatform.adapters.persistence.postgres.PostgresConfig;
import dev.stickerplatform.application.minting.PipelineConfig;
import dev.stickerplatform.application.tipjar.DeploymentConfig;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.PlatformFee;
import dev.stickerplatform.domain.policy.GoldenOdds;
import dev.stickerplatform.domain.policy.RetryPolicy;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Everything the platform is configured with, read once from the environment (see the README's configuration
 * table). Immutable; {@code with…} methods give variants for tests.
 *
 * @param blockTime        simulated network only: how often a round is produced
 * @param listenerEnabled  run the chain follower in this process
 * @param workers          mint workers in this process (0 = none)
 * @param listenerPollTimeout how long the follower waits for a new round before it heartbeats again
 * @param faucetApprovalAbove faucet payments above this wait for approvals; null: none does
 * @param database         PostgreSQL settings, or null to keep everything in memory (the embedded default)
 * @param auth             wallet sign-in and access tokens (never off; see {@link AuthSettings})
 * @param operations       network profile, rate limiting, watchdog, metrics (see {@link OperationsConfig})
 * @param stickerOrigins   grants and transfers (see {@link StickerOriginSettings})
 * @param allowSubsidisedStickers mainnet only: start although the platform fee's floor is below what a sticker
 *                         costs the platform ({@link PlatformFee#STICKER_COST})
 * @param content          where images and metadata live, and the quotas on them (see {@link ContentSettings})
 * @param expiry           how long a sticker waits for its fan's opt-in (see {@link StickerExpirySettings})
 * @param money            registration mode and the daily caps on what the platform spends (see {@link MoneySettings})
 * @param listener         when the listener counts as stuck (see {@link ListenerSettings})
 * @param topology         how processes share the listener (see {@link TopologySettings})
 * @param sessions         refresh tokens and revocation (see {@link SessionSettings})
 */
public record PlatformConfig(Network network, String host, int port, String publicBaseUrl, List<String> corsOrigins,
                             boolean simulationMode, Duration blockTime, boolean listenerEnabled, int workers,
                             Duration listenerPollTimeout, DeploymentConfig deployment, PipelineConfig pipeline,
                             int goldenBaseBps, int goldenInterval, MicroAlgos faucetMax,
                             MicroAlgos faucetApprovalAbove, long maxBodyBytes, PostgresConfig database,
                             AuthSettings auth, OperationsConfig operations, boolean allowSubsidisedStickers,
                             ContentSettings content, StickerOriginSettings stickerOrigins,
                             StickerExpirySettings expiry, MoneySettings money, ListenerSettings listener,
                             TopologySettings topology, SessionSettings sessions) {

    /** The embedded default: simulated ledger, everything in memory, listener and two workers in-process. */
    public static PlatformConfig embedded() {
        return fromEnv(new Env(Map.of()));
    }

    public static PlatformConfig fromEnvironment() {
        return fromEnv(Env.system());
    }

    /** From {@code settings} named as the environment variables of the README's table (embedders pass them in code). */
    public static PlatformConfig fromSettings(Map<String, String> settings) {
        return fromEnv(new Env(settings));
    }

    static PlatformConfig fromEnv(Env env) {
        Network network = env.choice("NETWORK", Network.SIMULATED, Network.class);
        int port = env.integer("PORT", 8000, 0, 65535);
        Duration blockTime = env.millis("SIM_BLOCK_TIME_MS", Duration.ofMillis(1000));
        Duration roundTimeout = blockTime.multipliedBy(4).plusSeconds(1);
        BigDecimal golden = env.decimal("GOLDEN_THRESHOLD", new BigDecimal("0.10"));
        if (golden.signum() < 0 || golden.compareTo(new BigDecimal("0.80")) > 0 || golden.scale() > 4) {
            throw new ConfigException("GOLDEN_THRESHOLD must be a probability between 0 and 0.80, got " + golden);
        }
        var retry = new RetryPolicy(env.integer("JOB_MAX_ATTEMPTS", 8, 1, 100),
                env.millis("JOB_RETRY_BASE_MS", Duration.ofSeconds(2)),
                env.millis("JOB_RETRY_CAP_MS", Duration.ofMinutes(5)));
        var pipeline = new PipelineConfig(env.millis("JOB_LEASE_MS", Duration.ofSeconds(60)),
                blockTime.dividedBy(2).plusMillis(10), Duration.ofSeconds(5), retry, 6, roundTimeout, false,
                env.integer("MINT_BATCH", 16, 1, 1000));
        var deployment = new DeploymentConfig(
                MicroAlgos.of(env.longValue("CONTRACT_FUND_AMOUNT", 100_000, 100_000)), 6, roundTimeout,
                platformFee(env), treasury(env));
        return new PlatformConfig(network, env.string("HOST", "0.0.0.0"), port,
                env.string("PUBLIC_BASE_URL", "http://localhost:" + port),
                env.list("CORS_ORIGINS", "http://localhost:3000,http://127.0.0.1:3000,http://localhost:8080"),
                env.bool("SIMULATION_MODE", network == Network.SIMULATED), blockTime,
                env.bool("LISTENER_ENABLED", true), env.integer("WORKERS", 2, 0, 256),
                env.millis("LISTENER_POLL_TIMEOUT_MS", Duration.ofSeconds(5)), deployment, pipeline,
                golden.movePointRight(4).intValueExact(),
                env.integer("GOLDEN_TRIGGER_INTERVAL", GoldenOdds.DEFAULT_INTERVAL, 1, 1_000_000),
                MicroAlgos.ofAlgo(10), faucetApprovalAbove(env),
                env.longValue("MAX_BODY_BYTES", 16L * 1024, 1024), database(env),
                AuthSettings.fromEnv(env, env.string("PUBLIC_BASE_URL", "http://localhost:" + port)),
                OperationsConfig.fromEnv(env, network,
                        env.millis("LISTENER_POLL_TIMEOUT_MS", Duration.ofSeconds(5))),
                env.bool("ALLOW_SUBSIDISED_STICKERS", false), ContentSettings.fromEnv(env),
                StickerOriginSettings.fromEnv(env, network), StickerExpirySettings.fromEnv(env),
                MoneySettings.fromEnv(env), ListenerSettings.fromEnv(env), TopologySettings.fromEnv(env),
                SessionSettings.fromEnv(env));
    }

    /** {@code PLATFORM_FEE_BPS} (0 to 9999) and {@code PLATFORM_FEE_FLOOR_MICROALGOS}: both 0 when unset. */
    static PlatformFee platformFee(Env env) {
        return new PlatformFee(env.integer("PLATFORM_FEE_BPS", 0, 0, PlatformFee.MAX_BASIS_POINTS),
                MicroAlgos.of(env.longValue("PLATFORM_FEE_FLOOR_MICROALGOS", 0, 0)));
    }

    /** {@code TREASURY_ADDRESS}: where the fee goes; unset: the MINTER account (null here). */
    static Address treasury(Env env) {
        String address = env.string("TREASURY_ADDRESS", null);
        try {
            return address == null ? null : new Address(address);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("TREASURY_ADDRESS is not an Algorand address: " + e.getMessage());
        }
    }

    /** {@code FAUCET_APPROVAL_ABOVE_ALGO}: faucet payments above it wait for approvals (unset: none does). */
    static MicroAlgos faucetApprovalAbove(Env env) {
        BigDecimal algo = env.decimal("FAUCET_APPROVAL_ABOVE_ALGO", null);
        if (algo == null) {
            return null;
        }
        if (algo.signum() < 0 || algo.stripTrailingZeros().scale() > 6) {
            throw new ConfigException("FAUCET_APPROVAL_ABOVE_ALGO must be an amount of ALGO of at least 0 with at most "
                    + "6 decimals");
        }
        return MicroAlgos.of(algo.movePointRight(6).longValueExact());
    }

    /** {@code DATABASE_URL} as {@code jdbc:postgresql://…} or {@code postgres(ql)://user:pass@host:port/db}. */
    static PostgresConfig database(Env env) {
        String url = env.string("DATABASE_URL", null);
        if (url == null) {
            return null;
        }
        String user = env.string("DATABASE_USER", null);
        String password = env.string("DATABASE_PASSWORD", null);
        if (url.startsWith("postgres://") || url.startsWith("postgresql://")) {
            java.net.URI uri = java.net.URI.create(url);
            if (uri.getUserInfo() != null) {
                String[] parts = uri.getUserInfo().split(":", 2);
                user = user != null ? user : parts[0];
                password = password != null ? password : (parts.length > 1 ? parts[1] : null);
            }
            url = "jdbc:postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
                    + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } else if (!url.startsWith("jdbc:postgresql://")) {
            throw new ConfigException("DATABASE_URL must be jdbc:postgresql://… or postgres://…, got another scheme");
        }
        return PostgresConfig.of(url, user, password)
                .withPoolSize(env.integer("DATABASE_POOL_SIZE", PostgresConfig.DEFAULT_POOL_SIZE, 1, 500))
                .withSchema(env.string("DATABASE_SCHEMA", PostgresConfig.DEFAULT_SCHEMA));
    }

    public PlatformConfig withDatabase(PostgresConfig newDatabase) {
        return change(d -> d.database = newDatabase);
    }

    public PlatformConfig withPort(int newPort) {
        return change(d -> d.port = newPort);
    }

    /** A variant with a different round time (tests use short rounds); waits scale with it. */
    public PlatformConfig withBlockTime(Duration newBlockTime) {
        Duration roundTimeout = newBlockTime.multipliedBy(4).plusSeconds(1);
        return change(d -> {
            d.blockTime = newBlockTime;
            d.pipeline = new PipelineConfig(pipeline.lease(), newBlockTime.dividedBy(2).plusMillis(10),
                    pipeline.idleWait(), pipeline.retry(), pipeline.claimRounds(), roundTimeout, pipeline.serial(),
                    pipeline.batch());
            d.deployment = new DeploymentConfig(deployment.fundAmount(), deployment.waitRounds(), roundTimeout,
                    deployment.fee(), deployment.treasury());
        });
    }

    /** How many rounds a registration or upgrade request waits before answering 202 (the rest runs in the background). */
    public PlatformConfig withDeploymentWaitRounds(int rounds) {
        return change(d -> d.deployment = new DeploymentConfig(deployment.fundAmount(), rounds,
                deployment.roundTimeout(), deployment.fee(), deployment.treasury()));
    }

    public PlatformConfig withSessions(SessionSettings newSessions) {
        return change(d -> d.sessions = newSessions);
    }

    public PlatformConfig withPipeline(PipelineConfig newPipeline) {
        return change(d -> d.pipeline = newPipeline);
    }

    public PlatformConfig withWorkers(int newWorkers) {
        return change(d -> d.workers = newWorkers);
    }

    public PlatformConfig withListener(boolean enabled) {
        return change(d -> d.listenerEnabled = enabled);
    }

    public PlatformConfig withListenerSettings(ListenerSettings newListener) {
        return change(d -> d.listener = newListener);
    }

    public PlatformConfig withAuth(AuthSettings newAuth) {
        return change(d -> d.auth = newAuth);
    }

    /** A variant whose listener heartbeats at least every {@code timeout}; the watchdog limit scales with it. */
    public PlatformConfig withListenerPollTimeout(Duration timeout) {
        return change(d -> {
            d.listenerPollTimeout = timeout;
            d.operations = operations.withListenerRestartAfter(timeout.multipliedBy(3));
        });
    }

    public PlatformConfig withFaucetApprovalAbove(MicroAlgos amount) {
        return change(d -> d.faucetApprovalAbove = amount);
    }

    public PlatformConfig withOperations(OperationsConfig newOperations) {
        return change(d -> d.operations = newOperations);
    }

    /** A variant whose new TipProxies take {@code fee} on every tip and pay it to {@code treasury} (null: MINTER). */
    public PlatformConfig withPlatformFee(PlatformFee fee, Address treasury) {
        return change(d -> d.deployment = deployment.withFee(fee, treasury));
    }

    public PlatformConfig withContent(ContentSettings newContent) {
        return change(d -> d.content = newContent);
    }

    public PlatformConfig withStickerOrigins(StickerOriginSettings settings) {
        return change(d -> d.stickerOrigins = settings);
    }

    public PlatformConfig withExpiry(StickerExpirySettings newExpiry) {
        return change(d -> d.expiry = newExpiry);
    }

    public PlatformConfig withMoney(MoneySettings newMoney) {
        return change(d -> d.money = newMoney);
    }

    /** A copy with {@code edit} applied: every {@code with…} variant goes through here. */
    private PlatformConfig change(java.util.function.Consumer<Draft> edit) {
        Draft draft = new Draft(this);
        edit.accept(draft);
        return draft.build();
    }

    /** The components of a config being edited. */
    private static final class Draft {
        private Network network;
        private String host;
        private int port;
        private String publicBaseUrl;
        private List<String> corsOrigins;
        private boolean simulationMode;
        private Duration blockTime;
        private boolean listenerEnabled;
        private int workers;
        private Duration listenerPollTimeout;
        private DeploymentConfig deployment;
        private PipelineConfig pipeline;
        private int goldenBaseBps;
        private int goldenInterval;
        private MicroAlgos faucetMax;
        private MicroAlgos faucetApprovalAbove;
        private long maxBodyBytes;
        private PostgresConfig database;
        private AuthSettings auth;
        private OperationsConfig operations;
        private boolean allowSubsidisedStickers;
        private ContentSettings content;
        private StickerOriginSettings stickerOrigins;
        private StickerExpirySettings expiry;
        private MoneySettings money;
        private ListenerSettings listener;
        private TopologySettings topology;
        private SessionSettings sessions;

        Draft(PlatformConfig from) {
            network = from.network;
            host = from.host;
            port = from.port;
            publicBaseUrl = from.publicBaseUrl;
            corsOrigins = from.corsOrigins;
            simulationMode = from.simulationMode;
            blockTime = from.blockTime;
            listenerEnabled = from.listenerEnabled;
            workers = from.workers;
            listenerPollTimeout = from.listenerPollTimeout;
            deployment = from.deployment;
            pipeline = from.pipeline;
            goldenBaseBps = from.goldenBaseBps;
            goldenInterval = from.goldenInterval;
            faucetMax = from.faucetMax;
            faucetApprovalAbove = from.faucetApprovalAbove;
            maxBodyBytes = from.maxBodyBytes;
            database = from.database;
            auth = from.auth;
            operations = from.operations;
            allowSubsidisedStickers = from.allowSubsidisedStickers;
            content = from.content;
            stickerOrigins = from.stickerOrigins;
            expiry = from.expiry;
            money = from.money;
            listener = from.listener;
            topology = from.topology;
            sessions = from.sessions;
        }

        PlatformConfig build() {
            return new PlatformConfig(network, host, port, publicBaseUrl, corsOrigins, simulationMode, blockTime,
                    listenerEnabled, workers, listenerPollTimeout, deployment, pipeline, goldenBaseBps, goldenInterval,
                    faucetMax, faucetApprovalAbove, maxBodyBytes, database, auth, operations,
                    allowSubsidisedStickers, content, stickerOrigins, expiry, money, listener, topology,
                    sessions);
        }
    }
}
