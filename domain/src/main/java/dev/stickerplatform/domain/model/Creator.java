package dev.stickerplatform.domain.model;

import java.time.Instant;
import java.util.Objects;

/** A wallet registered as a creator. {@code username} may be null. */
public record Creator(Address wallet, String username, Instant registeredAt) {
    /** The username rule, for messages that name the field themselves. */
    public static final String USERNAME_RULE = "must be 1 to 100 characters";

    public Creator {
        Objects.requireNonNull(wallet, "wallet");
        Objects.requireNonNull(registeredAt, "registeredAt");
        if (!isValidUsername(username)) {
            throw new IllegalArgumentException("username " + USERNAME_RULE);
        }
    }

    /** Whether {@code username} may be a creator's: none (null), or 1 to 100 characters, not all blank. */
    public static boolean isValidUsername(String username) {
        return username == null || !username.isBlank() && username.length() <= 100;
    }

    public Creator withUsername(String newUsername) {
        return new Creator(wallet, newUsername, registeredAt);
    }
}
