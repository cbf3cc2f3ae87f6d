package dev.stickerplatform.domain.policy;

import dev.stickerplatform.domain.model.MicroAlgos;

/** A creator's minimum tip: 0.1 to 1000 ALGO inclusive; 1 ALGO when not given. */
public final class MinTipPolicy {
    public static final MicroAlgos MIN = MicroAlgos.of(100_000);
    public static final MicroAlgos MAX = MicroAlgos.ofAlgo(1000);
    public static final MicroAlgos DEFAULT = MicroAlgos.ofAlgo(1);

    private MinTipPolicy() {
    }

    /** Returns the amount if allowed, else throws {@link IllegalArgumentException} saying the range. */
    public static MicroAlgos check(MicroAlgos minTip) {
        if (minTip.compareTo(MIN) < 0 || minTip.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("minimum tip must be between 0.1 and 1000 ALGO");
        }
        return minTip;
    }
}
