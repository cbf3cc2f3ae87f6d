package dev.stickerplatform.domain.model;

/** Where a minted sticker is: waiting for the fan to opt in, or in the fan's wallet. */
public enum DeliveryStatus {
    PENDING_OPTIN,
    DELIVERED
}
