package dev.stickerplatform.bootstrap;

import dev.stickerplatform.adapters.http.RateLimits;
import dev.stickerplatform.adapters.http.routing.RouteClass;
import dev.stickerplatform.adapters.kms.SignerConfig;
import dev.stickerplatform.adapters.persistence.redis.RedisConfig;
import dev.stickerplatform.domain.port.RateLimiter.Policy;
import dev.stickerplatform.domain.port.SignerRole;
import java.net.URI;
import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the platform is operated: which network and node ({@link NetworkProfile}), rate limiting (policies per
 * route class, Redis, what falls back to a local limiter while Redis is down, whether a proxy's
 * {@code X-Forwarded-For} is believed), the inputs of the mainnet guards (demo mode, the signer kind per role),
 * the listener watchdog and the {@code /metrics} token. See the README's configuration table.
 *
 * @param redis                 null: one process counts alone (the in-memory limiter of the embedded default)
 * @param rateLimitFallback     route classes counted locally while Redis is down; the others get 503
 * @param signerKinds           {@code <ROLE>_SIGNER} per role: local, mnemonic, pkcs11, vault or multisig
 * @param signerSettings        every {@code <ROLE>_…} and {@code NEXT_<ROLE>_…} variable (the next key of a key
 *                              rotation), for the signer factory (secrets included: never log)
 * @param listenerRestartAfter  how old the listener's heartbeat may get before the watchdog restarts it
 * @param metricsToken          bearer token {@code /metrics} asks for, or null
 */
public record OperationsConfig(NetworkProfile profile, RateLimits rateLimits, Set<RouteClass> rateLimitFallback,
                               RedisConfig redis, boolean trustedProxy, boolean demoMode,
                               Map<SignerRole, String> signerKinds, Map<String, String> signerSettings,
                               Duration listenerRestartAfter, String metricsToken) {
    static final java.util.List<String> SIGNER_KINDS_IN_ORDER = SignerConfig.KINDS;
    static final Set<String> SIGNER_KINDS = Set.copyOf(SignerConfig.KINDS);
    /** Signers whose key lives in process memory: fine for development, refused on mainnet. */
    static final Set<String> DEVELOPMENT_SIGNERS = Set.of("local", "mnemonic");
    /** The kind of a role whose signer an embedding application handed over in code. */
    static final String PROVIDED_SIGNER = "provided";
    private static final Pattern RATE = Pattern.compile("(\\d+)\\s*/\\s*(\\d+)\\s*(ms|s|m|h)");

    public OperationsConfig {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(rateLimits, "rateLimits");
        rateLimitFallback = rateLimitFallback.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(rateLimitFallback));
        signerKinds = Map.copyOf(signerKinds);
        signerSettings = Map.copyOf(signerSettings);
        if (listenerRestartAfter == null || listenerRestartAfter.isNegative() || listenerRestartAfter.isZero()) {
            throw new IllegalArgumentException("listenerRestartAfter must be positive");
        }
    }

    static OperationsConfig fromEnv(Env env, Network network, Duration listenerPollTimeout) {
        RateLimits defaults = RateLimits.defaults();
        var limits = new RateLimits(rate(env, "RATE_LIMIT_REGISTER", defaults.register()),
                rate(env, "RATE_LIMIT_FAUCET", defaults.faucet()), rate(env, "RATE_LIMIT_WRITES", defaults.writes()),
                rate(env, "RATE_LIMIT_READS", defaults.reads()), rate(env, "RATE_LIMIT_AUTH", defaults.auth()));
        String redisUrl = env.string("REDIS_URL", null);
        RedisConfig redis = null;
        if (redisUrl != null) {
            try {
                redis = new RedisConfig(URI.create(redisUrl), env.millis("REDIS_TIMEOUT_MS", Duration.ofMillis(500)),
                        env.integer("REDIS_POOL_SIZE", 16, 1, 1024), env.string("REDIS_KEY_PREFIX", "sticker:"));
            } catch (IllegalArgumentException e) {
                throw new ConfigException("REDIS_URL: " + e.getMessage());
            }
        }
        return new OperationsConfig(NetworkProfile.fromEnv(env, network), limits,
                fallback(env.list("RATE_LIMIT_FALLBACK", "reads")), redis, env.bool("TRUSTED_PROXY", false),
                env.bool("DEMO_MODE", false), signerKinds(env), signerSettings(env),
                env.millis("LISTENER_RESTART_AFTER_MS", listenerPollTimeout.multipliedBy(3)),
                env.string("METRICS_TOKEN", null));
    }

    /** {@code <ROLE>_SIGNER} per role, {@code local} when unset. */
    private static Map<SignerRole, String> signerKinds(Env env) {
        Map<SignerRole, String> signers = new EnumMap<>(SignerRole.class);
        for (SignerRole role : SignerRole.values()) {
            String variable = role.name() + "_SIGNER";
            String kind = env.string(variable, "local").toLowerCase(Locale.ROOT);
            if (!SIGNER_KINDS.contains(kind)) {
                throw new ConfigException(variable + " must be one of " + String.join(", ", SignerConfig.KINDS)
                        + "; got '" + kind + "'");
            }
            signers.put(role, kind);
        }
        return signers;
    }

    /** Every {@code <ROLE>_…} and {@code NEXT_<ROLE>_…} variable: what the signer factory reads. */
    private static Map<String, String> signerSettings(Env env) {
        Map<String, String> settings = env.startingWith(java.util.Arrays.stream(SignerRole.values())
                .flatMap(r -> java.util.stream.Stream.of(r.name() + "_", "NEXT_" + r.name() + "_")).toList());
        nextSignerKinds(settings);
        return settings;
    }

    /**
     * {@code NEXT_<ROLE>_SIGNER} of the roles whose key is being rotated (see the rotation runbook in the kms
     * README), read from {@link #signerSettings()}.
     */
    public Map<SignerRole, String> nextSignerKinds() {
        return nextSignerKinds(signerSettings);
    }

    private static Map<SignerRole, String> nextSignerKinds(Map<String, String> settings) {
        Map<SignerRole, String> kinds = new EnumMap<>(SignerRole.class);
        for (SignerRole role : SignerRole.values()) {
            String variable = "NEXT_" + role.name() + "_SIGNER";
            String kind = settings.get(variable);
            if (kind != null && !kind.isBlank()) {
                kind = kind.strip().toLowerCase(Locale.ROOT);
                if (!SIGNER_KINDS.contains(kind)) {
                    throw new ConfigException(variable + " must be one of " + String.join(", ", SignerConfig.KINDS)
                            + "; got '" + kind + "'");
                }
                kinds.put(role, kind);
            }
        }
        return kinds;
    }

    /** {@code <limit>/<window>} such as {@code 600/1m}, {@code 5/1h}, {@code 20/60s}. */
    static Policy rate(Env env, String variable, Policy fallback) {
        String raw = env.string(variable, null);
        if (raw == null) {
            return fallback;
        }
        Matcher m = RATE.matcher(raw.toLowerCase(Locale.ROOT));
        if (!m.matches() || Long.parseLong(m.group(2)) == 0) {
            throw new ConfigException(variable + " must look like 600/1m (requests per window; window in ms, s, m"
                    + " or h), got '" + raw + "'");
        }
        long amount = Long.parseLong(m.group(2));
        Duration window = switch (m.group(3)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        };
        try {
            return new Policy(fallback.name(), Integer.parseInt(m.group(1)), window);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(variable + " needs a limit of at least 1, got '" + raw + "'");
        }
    }

    /** Route class names as in the rate-limit headers: auth, register, faucet, writes, reads; or none. */
    static Set<RouteClass> fallback(java.util.List<String> names) {
        Set<RouteClass> classes = EnumSet.noneOf(RouteClass.class);
        for (String name : names) {
            switch (name.toLowerCase(Locale.ROOT)) {
                case "none" -> {
                }
                case "auth" -> classes.add(RouteClass.AUTH);
                case "register" -> classes.add(RouteClass.REGISTER);
                case "faucet" -> classes.add(RouteClass.FAUCET);
                case "writes" -> classes.add(RouteClass.WRITE);
                case "reads" -> classes.add(RouteClass.READ);
                default -> throw new ConfigException("RATE_LIMIT_FALLBACK lists route classes (auth, register,"
                        + " faucet, writes, reads) or none, got '" + name + "'");
            }
        }
        return classes;
    }

    /** The embedded default's settings for {@code network}. */
    static OperationsConfig defaults(Network network, Duration listenerPollTimeout) {
        return fromEnv(new Env(Map.of()), network, listenerPollTimeout);
    }

    public OperationsConfig withRedis(RedisConfig newRedis) {
        return new OperationsConfig(profile, rateLimits, rateLimitFallback, newRedis, trustedProxy, demoMode,
                signerKinds, signerSettings, listenerRestartAfter, metricsToken);
    }

    public OperationsConfig withRateLimits(RateLimits newLimits) {
        return new OperationsConfig(profile, newLimits, rateLimitFallback, redis, trustedProxy, demoMode,
                signerKinds, signerSettings, listenerRestartAfter, metricsToken);
    }

    public OperationsConfig withProfile(NetworkProfile newProfile) {
        return new OperationsConfig(newProfile, rateLimits, rateLimitFallback, redis, trustedProxy, demoMode,
                signerKinds, signerSettings, listenerRestartAfter, metricsToken);
    }

    public OperationsConfig withListenerRestartAfter(Duration restartAfter) {
        return new OperationsConfig(profile, rateLimits, rateLimitFallback, redis, trustedProxy, demoMode,
                signerKinds, signerSettings, restartAfter, metricsToken);
    }

    /**
     * A variant whose signers are configured by {@code settings}, the {@code <ROLE>_…} and {@code NEXT_<ROLE>_…}
     * variables as in the environment (other names are ignored); each role's kind is read from its
     * {@code <ROLE>_SIGNER}.
     */
    public OperationsConfig withSignerSettings(Map<String, String> settings) {
        Env env = new Env(settings);
        return new OperationsConfig(profile, rateLimits, rateLimitFallback, redis, trustedProxy, demoMode,
                signerKinds(env), signerSettings(env), listenerRestartAfter, metricsToken);
    }

    /**
     * A variant for an embedding application that hands the platform its own signers for {@code roles}: their kind
     * is {@code provided}, which the mainnet guards do not count as development-only (that application answers for
     * its keys).
     */
    public OperationsConfig withProvidedSigners(Set<SignerRole> roles) {
        Map<SignerRole, String> kinds = new EnumMap<>(SignerRole.class);
        kinds.putAll(signerKinds);
        roles.forEach(role -> kinds.put(role, PROVIDED_SIGNER));
        return new OperationsConfig(profile, rateLimits, rateLimitFallback, redis, trustedProxy, demoMode,
                kinds, signerSettings, listenerRestartAfter, metricsToken);
    }

    /** Never prints signer settings (PINs, tokens, mnemonics) or the metrics token: only which variables are set. */
    @Override
    public String toString() {
        return "OperationsConfig[profile=" + profile + ", rateLimits=" + rateLimits + ", redis=" + redis
                + ", trustedProxy=" + trustedProxy + ", demoMode=" + demoMode + ", signerKinds=" + signerKinds
                + ", signerSettings=" + new java.util.TreeSet<>(signerSettings.keySet())
                + ", metricsToken=" + (metricsToken == null ? "unset" : "set") + "]";
    }
}
