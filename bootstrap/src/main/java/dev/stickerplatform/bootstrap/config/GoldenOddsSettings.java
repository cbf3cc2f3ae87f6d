package dev.stickerplatform.bootstrap.config;

import dev.stickerplatform.domain.policy.GoldenOdds;
import java.math.BigDecimal;

/**
 * {@code GOLDEN_THRESHOLD} (default 0.10) and {@code GOLDEN_TRIGGER_INTERVAL} (default 10): no longer used (which
 * sticker a tip earns is decided by the creator's templates), still read and checked so a bad value is refused as
 * before.
 *
 * @param baseBps  the threshold in basis points
 * @param interval tips between guaranteed golden stickers
 */
public record GoldenOddsSettings(int baseBps, int interval) {
    static GoldenOddsSettings fromEnv(Env env) {
        BigDecimal golden = env.decimal("GOLDEN_THRESHOLD", new BigDecimal("0.10"));
        if (golden.signum() < 0 || golden.compareTo(new BigDecimal("0.80")) > 0 || golden.scale() > 4) {
            throw new ConfigException("GOLDEN_THRESHOLD must be a probability between 0 and 0.80, got " + golden);
        }
        return new GoldenOddsSettings(golden.movePointRight(4).intValueExact(),
                env.integer("GOLDEN_TRIGGER_INTERVAL", GoldenOdds.DEFAULT_INTERVAL, 1, 1_000_000));
    }
}
