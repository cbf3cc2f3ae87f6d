package dev.stickerplatform.bootstrap.config;

import dev.stickerplatform.adapters.persistence.postgres.PostgresConfig;
import dev.stickerplatform.application.minting.PipelineConfig;
import dev.stickerplatform.application.tipjar.DeploymentConfig;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.PlatformFee;
import java.time.Duration;
import java.util.Map;

/**
 * Everything the platform is configured with, read once from the environment (see the README's configuration
 * table). Made of one small record per consumer, each reading and checking its own variables; a new setting goes
 * into its record (and the README's table), not here. Immutable; {@code with…} methods give variants for tests,
 * each replacing one component.
 *
 * @param chain          network and block time (the waits that scale with it: {@link ChainSettings#rounds()})
 * @param http           host, port, public URL, CORS, body limit, simulation routes
 * @param pipeline       mint workers and their retry rule
 * @param deployment     tip-jar funding and the platform fee
 * @param listener       the chain listener of this process and when it counts as stuck
 * @param faucet         faucet limits and approvals
 * @param goldenOdds     no longer used; still checked
 * @param database       PostgreSQL settings, or null to keep everything in memory (the embedded default)
 * @param auth           wallet sign-in and access tokens (never off; see {@link AuthSettings})
 * @param operations     network profile, rate limiting, watchdog, metrics (see {@link OperationsConfig})
 * @param content        where images and metadata live, and the quotas on them
 * @param stickerOrigins grants and transfers
 * @param expiry         how long a sticker waits for its fan's opt-in
 * @param money          registration mode and the daily caps on what the platform spends
 * @param topology       how processes share the listener
 * @param sessions       refresh tokens and revocation
 */
public record PlatformConfig(ChainSettings chain, HttpSettings http, PipelineSettings pipeline,
                             DeploymentSettings deployment, ListenerSettings listener, FaucetSettings faucet,
                             GoldenOddsSettings goldenOdds, PostgresConfig database, AuthSettings auth,
                             OperationsConfig operations, ContentSettings content,
                             StickerOriginSettings stickerOrigins, StickerExpirySettings expiry, MoneySettings money,
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

    public static PlatformConfig fromEnv(Env env) {
        ChainSettings chain = ChainSettings.fromEnv(env);
        HttpSettings http = HttpSettings.fromEnv(env, chain.network());
        ListenerSettings listener = ListenerSettings.fromEnv(env);
        return new PlatformConfig(chain, http, PipelineSettings.fromEnv(env), DeploymentSettings.fromEnv(env),
                listener, FaucetSettings.fromEnv(env), GoldenOddsSettings.fromEnv(env), DatabaseSettings.fromEnv(env),
                AuthSettings.fromEnv(env, http.publicBaseUrl()),
                OperationsConfig.fromEnv(env, chain.network(), listener.pollTimeout()), ContentSettings.fromEnv(env),
                StickerOriginSettings.fromEnv(env, chain.network()), StickerExpirySettings.fromEnv(env),
                MoneySettings.fromEnv(env), TopologySettings.fromEnv(env), SessionSettings.fromEnv(env));
    }

    /** The network this platform runs on (from {@link #chain()}). */
    public Network network() {
        return chain.network();
    }

    /** What the mint workers run with, its waits scaled to the block time. */
    public PipelineConfig pipelineConfig() {
        return pipeline.config(chain.rounds());
    }

    /** How tip jars are deployed, its waits scaled to the block time. */
    public DeploymentConfig deploymentConfig() {
        return deployment.config(chain.rounds());
    }

    public PlatformConfig withChain(ChainSettings newChain) {
        return new PlatformConfig(newChain, http, pipeline, deployment, listener, faucet, goldenOdds, database, auth,
                operations, content, stickerOrigins, expiry, money, topology, sessions);
    }

    public PlatformConfig withHttp(HttpSettings newHttp) {
        return new PlatformConfig(chain, newHttp, pipeline, deployment, listener, faucet, goldenOdds, database, auth,
                operations, content, stickerOrigins, expiry, money, topology, sessions);
    }

    public PlatformConfig withPipeline(PipelineSettings newPipeline) {
        return new PlatformConfig(chain, http, newPipeline, deployment, listener, faucet, goldenOdds, database, auth,
                operations, content, stickerOrigins, expiry, money, topology, sessions);
    }

    public PlatformConfig withDeployment(DeploymentSettings newDeployment) {
        return new PlatformConfig(chain, http, pipeline, newDeployment, listener, faucet, goldenOdds, database, auth,
                operations, content, stickerOrigins, expiry, money, topology, sessions);
    }

    public PlatformConfig withListenerSettings(ListenerSettings newListener) {
        return new PlatformConfig(chain, http, pipeline, deployment, newListener, faucet, goldenOdds, database, auth,
                operations, content, stickerOrigins, expiry, money, topology, sessions);
    }

    public PlatformConfig withFaucet(FaucetSettings newFaucet) {
        return new PlatformConfig(chain, http, pipeline, deployment, listener, newFaucet, goldenOdds, database, auth,
                operations, content, stickerOrigins, expiry, money, topology, sessions);
    }

    public PlatformConfig withDatabase(PostgresConfig newDatabase) {
        return new PlatformConfig(chain, http, pipeline, deployment, listener, faucet, goldenOdds, newDatabase, auth,
                operations, content, stickerOrigins, expiry, money, topology, sessions);
    }

    public PlatformConfig withAuth(AuthSettings newAuth) {
        return new PlatformConfig(chain, http, pipeline, deployment, listener, faucet, goldenOdds, database, newAuth,
                operations, content, stickerOrigins, expiry, money, topology, sessions);
    }

    public PlatformConfig withOperations(OperationsConfig newOperations) {
        return new PlatformConfig(chain, http, pipeline, deployment, listener, faucet, goldenOdds, database, auth,
                newOperations, content, stickerOrigins, expiry, money, topology, sessions);
    }

    public PlatformConfig withContent(ContentSettings newContent) {
        return new PlatformConfig(chain, http, pipeline, deployment, listener, faucet, goldenOdds, database, auth,
                operations, newContent, stickerOrigins, expiry, money, topology, sessions);
    }

    public PlatformConfig withStickerOrigins(StickerOriginSettings settings) {
        return new PlatformConfig(chain, http, pipeline, deployment, listener, faucet, goldenOdds, database, auth,
                operations, content, settings, expiry, money, topology, sessions);
    }

    public PlatformConfig withExpiry(StickerExpirySettings newExpiry) {
        return new PlatformConfig(chain, http, pipeline, deployment, listener, faucet, goldenOdds, database, auth,
                operations, content, stickerOrigins, newExpiry, money, topology, sessions);
    }

    public PlatformConfig withMoney(MoneySettings newMoney) {
        return new PlatformConfig(chain, http, pipeline, deployment, listener, faucet, goldenOdds, database, auth,
                operations, content, stickerOrigins, expiry, newMoney, topology, sessions);
    }

    public PlatformConfig withTopology(TopologySettings newTopology) {
        return new PlatformConfig(chain, http, pipeline, deployment, listener, faucet, goldenOdds, database, auth,
                operations, content, stickerOrigins, expiry, money, newTopology, sessions);
    }

    public PlatformConfig withSessions(SessionSettings newSessions) {
        return new PlatformConfig(chain, http, pipeline, deployment, listener, faucet, goldenOdds, database, auth,
                operations, content, stickerOrigins, expiry, money, topology, newSessions);
    }

    // Convenience variants for tests: each changes one setting of one component.

    public PlatformConfig withPort(int newPort) {
        return withHttp(http.withPort(newPort));
    }

    /** A variant with a different round time (tests use short rounds); the {@link RoundTiming} waits scale with it. */
    public PlatformConfig withBlockTime(Duration newBlockTime) {
        return withChain(chain.withBlockTime(newBlockTime));
    }

    public PlatformConfig withWorkers(int newWorkers) {
        return withPipeline(pipeline.withWorkers(newWorkers));
    }

    public PlatformConfig withListener(boolean enabled) {
        return withListenerSettings(listener.withEnabled(enabled));
    }

    /** A variant whose listener heartbeats at least every {@code timeout}; the watchdog limit scales with it. */
    public PlatformConfig withListenerPollTimeout(Duration timeout) {
        return withListenerSettings(listener.withPollTimeout(timeout))
                .withOperations(operations.withListenerRestartAfter(timeout.multipliedBy(3)));
    }

    /** How many rounds a registration or upgrade request waits before answering 202 (the rest runs in background). */
    public PlatformConfig withDeploymentWaitRounds(int rounds) {
        return withDeployment(deployment.withWaitRounds(rounds));
    }

    /** A variant whose new TipProxies take {@code fee} on every tip and pay it to {@code treasury} (null: MINTER). */
    public PlatformConfig withPlatformFee(PlatformFee fee, Address treasury) {
        return withDeployment(deployment.withFee(fee, treasury));
    }

    public PlatformConfig withFaucetApprovalAbove(MicroAlgos amount) {
        return withFaucet(faucet.withApprovalAbove(amount));
    }
}
