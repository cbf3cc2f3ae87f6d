package dev.stickerplatform.domain.model;

/**
 * Where a mint job is in the tip → sticker pipeline:
 * {@code QUEUED → MINT_SUBMITTED → MINTED → DELIVERY_SUBMITTED → DELIVERED | PENDING_OPTIN}.
 * A PENDING_OPTIN job is parked until the fan opts in (claim or opt-in seen on chain), then goes back to MINTED —
 * or, once the sticker has waited longer than the platform's opt-in expiry, {@code → DESTROY_SUBMITTED → DESTROYED}:
 * the asset is destroyed and its minimum balance returns to the MINTER. There is no way back from DESTROY_SUBMITTED.
 */
public enum JobStage {
    QUEUED,
    MINT_SUBMITTED,
    MINTED,
    DELIVERY_SUBMITTED,
    PENDING_OPTIN,
    DELIVERED,
    DESTROY_SUBMITTED,
    DESTROYED;

    /** Stages a worker can pick up; PENDING_OPTIN waits for the fan, DELIVERED and DESTROYED are done. */
    public boolean isWorkable() {
        return this != PENDING_OPTIN && this != DELIVERED && this != DESTROYED;
    }

    /** The sticker's asset is being or has been destroyed: it can never be delivered any more. */
    public boolean isExpired() {
        return this == DESTROY_SUBMITTED || this == DESTROYED;
    }
}
