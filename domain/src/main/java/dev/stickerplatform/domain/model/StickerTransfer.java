package dev.stickerplatform.domain.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An administrator's transfer of a golden sticker the platform still holds, worth more than the approval policy
 * allows: it waits for its approval ({@code approvalId}, the transaction moving the asset), and once that confirms
 * the sticker becomes {@code to}'s; if the approval expires, nothing changed.
 *
 * @param from the wallet the sticker was minted for (still waiting for its opt-in)
 */
public record StickerTransfer(UUID approvalId, long stickerId, AssetId assetId, Address from, Address to,
                              String requestedBy, State state, Instant createdAt, Instant updatedAt) {
    public enum State {
        AWAITING_APPROVAL,
        DONE,
        ABANDONED
    }

    public StickerTransfer {
        Objects.requireNonNull(approvalId, "approvalId");
        Objects.requireNonNull(assetId, "assetId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public StickerTransfer in(State newState, Instant now) {
        return new StickerTransfer(approvalId, stickerId, assetId, from, to, requestedBy, newState, createdAt, now);
    }
}
