package dev.stickerplatform.adapters.algorand.simulated;

import dev.stickerplatform.domain.port.ChainRejectedException;

/** What a group paid beyond the minimum fees; inner transactions that pay less than the minimum draw on it. */
final class FeeCredit {
    private long remaining;

    FeeCredit(long remaining) {
        this.remaining = remaining;
    }

    void consume(long amount) {
        if (amount > remaining) {
            throw new ChainRejectedException("fee too small: an inner transaction needs " + amount
                    + " µALGO of pooled fees, the group has " + remaining + " left");
        }
        remaining -= amount;
    }
}
