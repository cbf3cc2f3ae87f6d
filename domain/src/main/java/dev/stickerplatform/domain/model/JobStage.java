package dev.stickerplatform.domain.model;

/**
 * Where a mint job is in the tip → sticker pipeline:
 * {@code QUEUED → MINT_SUBMITTED → MINTED → DELIVERY_SUBMITTED → DELIVERED | PENDING_OPTIN}.
 * A PENDING_OPTIN job is parked until the fan opts in (claim or opt-in seen on chain), then goes back to MINTED.
 */
public enum JobStage {
    QUEUED,
    MINT_SUBMITTED,
    MINTED,
    DELIVERY_SUBMITTED,
    PENDING_OPTIN,
    DELIVERED;

    /** Stages a worker can pick up; PENDING_OPTIN waits for the fan, DELIVERED is done. */
    public boolean isWorkable() {
        return this != PENDING_OPTIN && this != DELIVERED;
    }
}
