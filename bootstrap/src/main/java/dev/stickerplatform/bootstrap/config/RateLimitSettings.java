package dev.stickerplatform.bootstrap.config;

import dev.stickerplatform.adapters.http.RateLimits;
import dev.stickerplatform.adapters.http.server.RouteClass;
import dev.stickerplatform.adapters.persistence.redis.RedisConfig;
import dev.stickerplatform.domain.port.RateLimiter.Policy;
import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rate limiting: the policy per route class ({@code RATE_LIMIT_REGISTER}, {@code _FAUCET}, {@code _WRITES},
 * {@code _READS}, {@code _AUTH}), Redis ({@code REDIS_URL}, {@code REDIS_TIMEOUT_MS}, {@code REDIS_POOL_SIZE},
 * {@code REDIS_KEY_PREFIX}), what is counted locally while Redis is down ({@code RATE_LIMIT_FALLBACK}) and whether a
 * proxy's {@code X-Forwarded-For} is believed ({@code TRUSTED_PROXY}).
 *
 * @param redis    null: one process counts alone (the in-memory limiter of the embedded default)
 * @param fallback route classes counted locally while Redis is down; the others get 503
 */
public record RateLimitSettings(RateLimits limits, Set<RouteClass> fallback, RedisConfig redis,
                                boolean trustedProxy) {
    private static final Pattern RATE = Pattern.compile("(\\d+)\\s*/\\s*(\\d+)\\s*(ms|s|m|h)");

    public RateLimitSettings {
        Objects.requireNonNull(limits, "rateLimits");
        fallback = fallback.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(fallback));
    }

    static RateLimitSettings fromEnv(Env env) {
        RateLimits defaults = RateLimits.defaults();
        var limits = new RateLimits(rate(env, "RATE_LIMIT_REGISTER", defaults.register()),
                rate(env, "RATE_LIMIT_FAUCET", defaults.faucet()), rate(env, "RATE_LIMIT_WRITES", defaults.writes()),
                rate(env, "RATE_LIMIT_READS", defaults.reads()), rate(env, "RATE_LIMIT_AUTH", defaults.auth()));
        return new RateLimitSettings(limits, fallback(env.list("RATE_LIMIT_FALLBACK", "reads")), redis(env),
                env.bool("TRUSTED_PROXY", false));
    }

    private static RedisConfig redis(Env env) {
        String redisUrl = env.string("REDIS_URL", null);
        if (redisUrl == null) {
            return null;
        }
        try {
            return new RedisConfig(URI.create(redisUrl), env.millis("REDIS_TIMEOUT_MS", Duration.ofMillis(500)),
                    env.integer("REDIS_POOL_SIZE", 16, 1, 1024), env.string("REDIS_KEY_PREFIX", "sticker:"));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("REDIS_URL: " + e.getMessage());
        }
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
    static Set<RouteClass> fallback(List<String> names) {
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

    public RateLimitSettings withLimits(RateLimits newLimits) {
        return new RateLimitSettings(newLimits, fallback, redis, trustedProxy);
    }

    public RateLimitSettings withRedis(RedisConfig newRedis) {
        return new RateLimitSettings(limits, fallback, newRedis, trustedProxy);
    }
}
