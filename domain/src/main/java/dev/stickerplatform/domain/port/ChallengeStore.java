package dev.stickerplatform.domain.port;

import dev.stickerplatform.domain.model.Address;
import java.time.Instant;
import java.util.Optional;

/**
 * Sign-in challenges (nonces) waiting to be answered.
 *
 * <p>Contract: a challenge can be consumed at most once, even by concurrent callers (exactly one gets it), and
 * never after {@code expiresAt}; expired challenges disappear on their own. Failures are
 * {@link StoreUnavailableException}.
 */
public interface ChallengeStore {
    void save(Challenge challenge);

    /** Atomically removes and returns the challenge if it exists and has not expired at {@code now}. */
    Optional<Challenge> consume(String nonce, Instant now);

    record Challenge(String nonce, Address wallet, String message, Instant issuedAt, Instant expiresAt) {
    }
}
