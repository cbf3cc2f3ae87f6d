package dev.stickerplatform.domain.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A tip as the chain recorded it: a validated top-level {@code tip} call to a known TipProxy. Unique by
 * {@code txId} (the app call's id). {@code memo} holds the memo's bytes as logged (empty when none), UTF-8 or not.
 */
public record Tip(TxId txId, AppId appId, Address fan, Address creator, MicroAlgos amount, Memo memo,
                  Round round, Instant detectedAt) {
    public Tip {
        Objects.requireNonNull(txId, "txId");
        Objects.requireNonNull(appId, "appId");
        Objects.requireNonNull(fan, "fan");
        Objects.requireNonNull(creator, "creator");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(memo, "memo");
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(detectedAt, "detectedAt");
    }

    /** A tip whose memo is the UTF-8 bytes of {@code memo}. */
    public Tip(TxId txId, AppId appId, Address fan, Address creator, MicroAlgos amount, String memo, Round round,
               Instant detectedAt) {
        this(txId, appId, fan, creator, amount, Memo.ofText(memo), round, detectedAt);
    }
}
