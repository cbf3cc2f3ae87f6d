package dev.stickerplatform.domain.policy;

import dev.stickerplatform.domain.model.MicroAlgos;

/**
 * The golden-odds display of the prototype, in basis points (1 bp = 0.01 %), so no floating point is involved.
 * Base 10 %, whale bonus by amount (≥ 50 ALGO +20 %, ≥ 10 +10 %, ≥ 5 +5 %, only the highest), capped at 80 %;
 * every N-th tip is guaranteed golden.
 */
public final class GoldenOdds {
    public static final int DEFAULT_BASE_BPS = 1000;
    public static final int CAP_BPS = 8000;
    public static final int DEFAULT_INTERVAL = 10;

    private GoldenOdds() {
    }

    public static Odds forAmount(MicroAlgos amount, int baseBps, int interval) {
        int bonus = amount.isAtLeast(MicroAlgos.ofAlgo(50)) ? 2000
                : amount.isAtLeast(MicroAlgos.ofAlgo(10)) ? 1000
                : amount.isAtLeast(MicroAlgos.ofAlgo(5)) ? 500
                : 0;
        return new Odds(baseBps, bonus, Math.min(baseBps + bonus, CAP_BPS), interval);
    }

    /** Whether the tip with this 1-based count is guaranteed golden. */
    public static boolean guaranteed(long tipCount, int interval) {
        return tipCount > 0 && interval > 0 && tipCount % interval == 0;
    }

    /** Whether a roll in [0, 10000) basis points is golden at {@code odds}. */
    public static boolean isGolden(Odds odds, long tipCount, long rollBps) {
        return guaranteed(tipCount, odds.interval()) || rollBps < odds.totalBps();
    }

    public record Odds(int baseBps, int bonusBps, int totalBps, int interval) {
        public String description() {
            String text = (totalBps / 100) + "% chance of golden sticker";
            if (bonusBps > 0) {
                text += " (+" + (bonusBps / 100) + "% whale bonus)";
            }
            return text + ". Guaranteed every " + interval + " tips.";
        }
    }
}
