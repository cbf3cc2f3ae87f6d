package dev.stickerplatform.application.auth;

import dev.stickerplatform.domain.model.Address;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * How sign-in works on this deployment.
 *
 * @param domain       the domain the message names and ARC-60 authenticator data hashes (e.g. {@code app.example})
 * @param uri          the URI the message names (the API's public base URL)
 * @param challengeTtl how long a challenge may be answered: 5 minutes
 * @param admins       the wallets that sign in with role {@code admin}
 */
public record SignInConfig(String domain, String uri, Duration challengeTtl, Set<Address> admins) {
    public static final Duration CHALLENGE_TTL = Duration.ofMinutes(5);

    public SignInConfig {
        requireSingleLine(domain, "domain");
        requireSingleLine(uri, "uri");
        Objects.requireNonNull(challengeTtl, "challengeTtl");
        if (challengeTtl.isNegative() || challengeTtl.isZero() || challengeTtl.compareTo(Duration.ofMinutes(30)) > 0) {
            throw new IllegalArgumentException("challengeTtl must be positive and at most 30 minutes");
        }
        admins = Set.copyOf(admins);
    }

    /** With the standard 5-minute challenge lifetime. */
    public static SignInConfig of(String domain, String uri, Set<Address> admins) {
        return new SignInConfig(domain, uri, CHALLENGE_TTL, admins);
    }

    private static void requireSingleLine(String value, String name) {
        if (value == null || value.isBlank() || value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new IllegalArgumentException(name + " must be a non-blank single line");
        }
    }
}
