package dev.stickerplatform.application.metrics;

import dev.stickerplatform.application.treasury.SpendKind;
import dev.stickerplatform.domain.model.MicroAlgos;
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

    /** The platform paid {@code amount} for work of this kind (fees, and ALGO it locks or sends). */
    default void spent(SpendKind kind, MicroAlgos amount) {
    }

    /** Tips the listener recorded paid {@code amount} of platform fees to the treasury. */
    default void feesReceived(MicroAlgos amount) {
    }

    /** A minimum balance came back to the platform (a destroyed sticker's asset). */
    default void returned(MicroAlgos amount) {
    }

    /** Tells both this and {@code other} of everything. */
    default PipelineMetrics and(PipelineMetrics other) {
        PipelineMetrics self = this;
        return new PipelineMetrics() {
            @Override
            public void tipsDetected(int count) {
                self.tipsDetected(count);
                other.tipsDetected(count);
            }

            @Override
            public void minted(Duration sinceTip) {
                self.minted(sinceTip);
                other.minted(sinceTip);
            }

            @Override
            public void delivered(Duration sinceTip) {
                self.delivered(sinceTip);
                other.delivered(sinceTip);
            }

            @Override
            public void spent(SpendKind kind, MicroAlgos amount) {
                self.spent(kind, amount);
                other.spent(kind, amount);
            }

            @Override
            public void feesReceived(MicroAlgos amount) {
                self.feesReceived(amount);
                other.feesReceived(amount);
            }

            @Override
            public void returned(MicroAlgos amount) {
                self.returned(amount);
                other.returned(amount);
            }
        };
    }
}
