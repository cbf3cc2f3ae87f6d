package dev.stickerplatform.adapters.kms;

import java.util.Objects;

/**
 * A configuration value that must never reach a log line, an exception message or a {@code toString()}: a PIN,
 * a Vault token, a mnemonic, a seed. Only {@link #reveal()} hands it out, to the one call that needs it.
 */
public final class Secret {
    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /** Wraps a non-blank secret; the message of the exception for a blank one names nothing. */
    public static Secret of(String value) {
        Objects.requireNonNull(value, "secret");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a secret must not be blank");
        }
        return new Secret(value);
    }

    public String reveal() {
        return value;
    }

    /** A fresh copy as characters, for APIs (PKCS#11 login) that take a {@code char[]}. */
    public char[] toChars() {
        return value.toCharArray();
    }

    @Override
    public String toString() {
        return "Secret[redacted]";
    }
}
