package dev.stickerplatform.domain.model;

/**
 * Where a minted sticker is: waiting for the fan to opt in, in the fan's wallet, or expired (never claimed within
 * the platform's opt-in expiry; its asset was destroyed).
 */
public enum DeliveryStatus {
    PENDING_OPTIN,
    DELIVERED,
    EXPIRED
}
