package dev.stickerplatform.domain.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A tip as the chain recorded it: a validated top-level {@code tip} call to a known TipProxy. Unique by
 * {@code txId} (the app call's id). {@code memo} is the decoded UTF-8 memo ("" when none).
 */
public record Tip(TxId txId, AppId appId, Address fan, Address creator, MicroAlgos amount, String memo,
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
}
