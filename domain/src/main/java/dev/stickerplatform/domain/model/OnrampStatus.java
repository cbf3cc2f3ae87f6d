package dev.stickerplatform.domain.model;

/**
 * Where a fiat on-ramp order is. Forward only: {@code PENDING → PROCESSING → PAID → TIP_SUBMITTED → TIP_SENT}, or
 * {@code TIP_FAILED} when the received ALGO cannot be routed; Transak's {@code FAILED}, {@code EXPIRED},
 * {@code REFUNDED} and {@code CANCELLED} end an order that was not paid yet. PAID means the ALGO was seen
 * confirmed on chain in the platform's account (never Transak's word for it).
 */
public enum OnrampStatus {
    PENDING(0),
    PROCESSING(1),
    PAID(2),
    TIP_SUBMITTED(3),
    TIP_SENT(4),
    TIP_FAILED(4),
    FAILED(9),
    EXPIRED(9),
    REFUNDED(9),
    CANCELLED(9);

    private final int rank;

    OnrampStatus(int rank) {
        this.rank = rank;
    }

    public boolean isFinal() {
        return rank >= 4;
    }

    /** Whether an order may move from this status to {@code next}: never back, never twice, never out of an end. */
    public boolean canMoveTo(OnrampStatus next) {
        if (isFinal() || next == this) {
            return false;
        }
        if (next.rank == 9) {
            return rank <= PROCESSING.rank;
        }
        return next.rank > rank;
    }
}
