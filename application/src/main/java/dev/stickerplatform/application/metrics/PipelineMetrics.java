package dev.stickerplatform.application.metrics;

import java.time.Duration;

/** Progress of the tip → sticker pipeline. Implementations must be cheap and never throw. */
public interface PipelineMetrics {
    /** Records nothing. */
    PipelineMetrics NONE = new PipelineMetrics() {
    };

    /** The listener recorded {@code count} new tips (duplicates of already recorded tips are not counted). */
    default void tipsDetected(int count) {
    }

    /** The listener passed over {@code count} transactions it could not interpret (recorded with their round). */
    default void transactionsSkipped(int count) {
    }

    /** A sticker's asset was confirmed, {@code sinceTip} after its tip was recorded. */
    default void minted(Duration sinceTip) {
    }

    /** A sticker reached its fan, {@code sinceTip} after its tip was recorded. */
    default void delivered(Duration sinceTip) {
    }
}
