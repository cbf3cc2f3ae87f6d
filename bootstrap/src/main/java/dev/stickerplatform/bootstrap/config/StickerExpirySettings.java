package dev.stickerplatform.bootstrap.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What keeps the platform's ALGO from being stranded or lost: how long a sticker waits for its fan's opt-in before
 * its asset is destroyed and its 0.1 ALGO minimum balance returns to the MINTER ({@code PENDING_OPTIN_EXPIRY}), how
 * often that is looked for ({@code EXPIRY_SWEEP_INTERVAL}).
 */
public record StickerExpirySettings(Duration pendingOptInExpiry, Duration expirySweepInterval) {
    static final Duration DEFAULT_EXPIRY = Duration.ofDays(30);
    static final Duration DEFAULT_SWEEP = Duration.ofMinutes(10);
    private static final Pattern SHORT = Pattern.compile("(\\d{1,9})\\s*(d|h|m|s|ms)");

    public StickerExpirySettings {
        Objects.requireNonNull(pendingOptInExpiry, "pendingOptInExpiry");
        Objects.requireNonNull(expirySweepInterval, "expirySweepInterval");
        if (pendingOptInExpiry.isNegative() || pendingOptInExpiry.isZero()) {
            throw new IllegalArgumentException("pendingOptInExpiry must be positive");
        }
        if (expirySweepInterval.isNegative() || expirySweepInterval.isZero()) {
            throw new IllegalArgumentException("expirySweepInterval must be positive");
        }
    }

    /** The defaults: 30 days, a sweep every 10 minutes. */
    public static StickerExpirySettings defaults() {
        return new StickerExpirySettings(DEFAULT_EXPIRY, DEFAULT_SWEEP);
    }

    static StickerExpirySettings fromEnv(Env env) {
        return new StickerExpirySettings(duration(env, "PENDING_OPTIN_EXPIRY", DEFAULT_EXPIRY),
                duration(env, "EXPIRY_SWEEP_INTERVAL", DEFAULT_SWEEP));
    }

    public StickerExpirySettings withPendingOptInExpiry(Duration expiry) {
        return new StickerExpirySettings(expiry, expirySweepInterval);
    }

    /** {@code 30d}, {@code 12h}, {@code 15m}, {@code 90s}, {@code 500ms}, or ISO-8601 ({@code P30D}, {@code PT1H}). */
    static Duration duration(Env env, String name, Duration fallback) {
        String raw = env.string(name, null);
        if (raw == null) {
            return fallback;
        }
        Matcher m = SHORT.matcher(raw.toLowerCase(Locale.ROOT));
        Duration value;
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            value = switch (m.group(2)) {
                case "d" -> Duration.ofDays(n);
                case "h" -> Duration.ofHours(n);
                case "m" -> Duration.ofMinutes(n);
                case "s" -> Duration.ofSeconds(n);
                default -> Duration.ofMillis(n);
            };
        } else {
            try {
                value = Duration.parse(raw.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw new ConfigException(name + " must be a duration such as 30d, 12h, 15m or P30D, got '" + raw
                        + "'");
            }
        }
        if (value.isNegative() || value.isZero()) {
            throw new ConfigException(name + " must be longer than zero, got '" + raw + "'");
        }
        return value;
    }
}
