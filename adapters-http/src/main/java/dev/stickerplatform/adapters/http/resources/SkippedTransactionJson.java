package dev.stickerplatform.adapters.http.resources;

import dev.stickerplatform.domain.model.SkippedTransaction;
import java.time.Instant;

/** A transaction the listener passed over; {@code txId} is null when it could not be computed. */
public record SkippedTransactionJson(long round, int index, String txId, String reason, Instant skippedAt) {

    public static SkippedTransactionJson of(SkippedTransaction s) {
        return new SkippedTransactionJson(s.round().value(), s.index(), s.txId() == null ? null : s.txId().value(),
                s.reason(), s.skippedAt());
    }
}
