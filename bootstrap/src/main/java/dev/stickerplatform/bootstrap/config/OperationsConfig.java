package dev.stickerplatform.bootstrap.config;

import dev.stickerplatform.adapters.http.RateLimits;
import dev.stickerplatform.adapters.http.server.RouteClass;
import dev.stickerplatform.adapters.persistence.redis.RedisConfig;
import dev.stickerplatform.domain.port.SignerRole;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How the platform is operated: which network and node ({@link NetworkProfile}), rate limiting
 * ({@link RateLimitSettings}), the signers ({@link SignerSettings}), the listener watchdog and the {@code /metrics}
 * token ({@link MonitoringSettings}) and {@code DEMO_MODE}, an input of the mainnet guards. Each part reads its own
 * variables; see the README's configuration table. The accessors below the components read through to the parts.
 */
public record OperationsConfig(NetworkProfile profile, RateLimitSettings rateLimiting, SignerSettings signers,
                               MonitoringSettings monitoring, boolean demoMode) {

    public OperationsConfig {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(rateLimiting, "rateLimiting");
        Objects.requireNonNull(signers, "signers");
        Objects.requireNonNull(monitoring, "monitoring");
    }

    public static OperationsConfig fromEnv(Env env, Network network, Duration listenerPollTimeout) {
        RateLimitSettings rateLimiting = RateLimitSettings.fromEnv(env);
        return new OperationsConfig(NetworkProfile.fromEnv(env, network), rateLimiting, SignerSettings.fromEnv(env),
                MonitoringSettings.fromEnv(env, listenerPollTimeout), env.bool("DEMO_MODE", false));
    }

    public RateLimits rateLimits() {
        return rateLimiting.limits();
    }

    public Set<RouteClass> rateLimitFallback() {
        return rateLimiting.fallback();
    }

    /** null: one process counts alone (the in-memory limiter of the embedded default). */
    public RedisConfig redis() {
        return rateLimiting.redis();
    }

    public boolean trustedProxy() {
        return rateLimiting.trustedProxy();
    }

    public Map<SignerRole, String> signerKinds() {
        return signers.kinds();
    }

    /** Every {@code <ROLE>_…} and {@code NEXT_<ROLE>_…} variable (secrets included: never log). */
    public Map<String, String> signerSettings() {
        return signers.settings();
    }

    /** {@code NEXT_<ROLE>_SIGNER} of the roles whose key is being rotated. */
    public Map<SignerRole, String> nextSignerKinds() {
        return signers.nextKinds();
    }

    public Duration listenerRestartAfter() {
        return monitoring.listenerRestartAfter();
    }

    public String metricsToken() {
        return monitoring.metricsToken();
    }

    public OperationsConfig withProfile(NetworkProfile newProfile) {
        return new OperationsConfig(newProfile, rateLimiting, signers, monitoring, demoMode);
    }

    public OperationsConfig withRateLimiting(RateLimitSettings newRateLimiting) {
        return new OperationsConfig(profile, newRateLimiting, signers, monitoring, demoMode);
    }

    public OperationsConfig withSigners(SignerSettings newSigners) {
        return new OperationsConfig(profile, rateLimiting, newSigners, monitoring, demoMode);
    }

    public OperationsConfig withMonitoring(MonitoringSettings newMonitoring) {
        return new OperationsConfig(profile, rateLimiting, signers, newMonitoring, demoMode);
    }

    public OperationsConfig withRedis(RedisConfig newRedis) {
        return withRateLimiting(rateLimiting.withRedis(newRedis));
    }

    public OperationsConfig withRateLimits(RateLimits newLimits) {
        return withRateLimiting(rateLimiting.withLimits(newLimits));
    }

    public OperationsConfig withListenerRestartAfter(Duration restartAfter) {
        return withMonitoring(monitoring.withListenerRestartAfter(restartAfter));
    }

    /**
     * A variant whose signers are configured by {@code settings}, the {@code <ROLE>_…} and {@code NEXT_<ROLE>_…}
     * variables as in the environment (other names are ignored); each role's kind is read from its
     * {@code <ROLE>_SIGNER}.
     */
    public OperationsConfig withSignerSettings(Map<String, String> settings) {
        return withSigners(SignerSettings.fromEnv(new Env(settings)));
    }

    /**
     * A variant for an embedding application that hands the platform its own signers for {@code roles}: their kind
     * is {@code provided}, which the mainnet guards do not count as development-only (that application answers for
     * its keys).
     */
    public OperationsConfig withProvidedSigners(Set<SignerRole> roles) {
        return withSigners(signers.withProvided(roles));
    }

    /** Never prints signer settings (PINs, tokens, mnemonics) or the metrics token: only which variables are set. */
    @Override
    public String toString() {
        return "OperationsConfig[profile=" + profile + ", rateLimits=" + rateLimits() + ", redis=" + redis()
                + ", trustedProxy=" + trustedProxy() + ", demoMode=" + demoMode + ", signerKinds=" + signerKinds()
                + ", signerSettings=" + new java.util.TreeSet<>(signerSettings().keySet())
                + ", metricsToken=" + (metricsToken() == null ? "unset" : "set") + "]";
    }
}
