package dev.stickerplatform.domain.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A transaction of a followed block that the listener could not interpret and passed over, so that one hostile or
 * unusual transaction never stops the round: its place in the block ({@code index} among the block's top-level
 * transactions), its id when it could be computed (else null) and why. Unique by (round, index).
 */
public record SkippedTransaction(Round round, int index, TxId txId, String reason, Instant skippedAt) {
    /** Reasons are kept short: an operator reads them, and the chain's content must not fill the store. */
    public static final int MAX_REASON = 500;

    public SkippedTransaction {
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(skippedAt, "skippedAt");
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative");
        }
        if (reason.length() > MAX_REASON) {
            reason = reason.substring(0, MAX_REASON - 1) + "…";
        }
    }
}
