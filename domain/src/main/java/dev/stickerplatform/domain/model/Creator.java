package dev.stickerplatform.domain.model;

import java.time.Instant;
import java.util.Objects;

/** A wallet registered as a creator. {@code username} may be null. */
public record Creator(Address wallet, String username, Instant registeredAt) {
    public Creator {
        Objects.requireNonNull(wallet, "wallet");
        Objects.requireNonNull(registeredAt, "registeredAt");
        if (username != null && (username.isBlank() || username.length() > 100)) {
            throw new IllegalArgumentException("username must be 1 to 100 characters");
        }
    }

    public Creator withUsername(String newUsername) {
        return new Creator(wallet, newUsername, registeredAt);
    }
}
