package dev.stickerplatform.domain.port;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.domain.port.ChallengeStore.Challenge;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link ChallengeStore}, for every implementation: extend it and return a store from
 * {@link #newStore}. Times are close to the real present (a server-side TTL must not drop a challenge
 * early); the expiry check uses the {@code now} the test passes. Nonces are fresh in every test.
 */
public abstract class ChallengeStoreContractTest {
    private static final Duration TTL = Duration.ofMinutes(5);

    protected final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    protected ChallengeStore store;

    /** A store whose own housekeeping (if any) reads time from {@code clock}. */
    protected abstract ChallengeStore newStore(Clock clock);

    @BeforeEach
    void createStore() {
        store = newStore(clock);
    }

    @Test
    void aSavedChallengeIsConsumedOnce() {
        Challenge challenge = aChallenge();
        store.save(challenge);

        assertThat(store.consume(challenge.nonce(), clock.instant())).contains(challenge);
        assertThat(store.consume(challenge.nonce(), clock.instant())).isEmpty();
    }

    @Test
    void anUnknownNonceIsEmpty() {
        assertThat(store.consume("never-issued-" + UUID.randomUUID(), clock.instant())).isEmpty();
    }

    @Test
    void aChallengeCanBeConsumedUntilShortlyBeforeItExpires() {
        Challenge challenge = aChallenge();
        store.save(challenge);

        assertThat(store.consume(challenge.nonce(), challenge.expiresAt().minusSeconds(1))).contains(challenge);
    }

    @Test
    void anExpiredChallengeIsNeverConsumed() {
        Challenge challenge = aChallenge();
        store.save(challenge);

        assertThat(store.consume(challenge.nonce(), challenge.expiresAt().plusSeconds(1))).isEmpty();
        assertThat(store.consume(challenge.nonce(), clock.instant())).isEmpty();
    }

    @Test
    void challengesAreConsumedIndependently() {
        Challenge first = aChallenge();
        Challenge second = aChallenge();
        store.save(first);
        store.save(second);

        assertThat(store.consume(first.nonce(), clock.instant())).contains(first);
        assertThat(store.consume(second.nonce(), clock.instant())).contains(second);
    }

    @Test
    void concurrentConsumersGetAChallengeExactlyOnce() {
        Challenge challenge = aChallenge();
        store.save(challenge);

        List<Optional<Challenge>> results = Race.run(16, i -> store.consume(challenge.nonce(), clock.instant()));

        assertThat(results.stream().filter(Optional::isPresent)).hasSize(1);
    }

    private Challenge aChallenge() {
        Instant now = clock.instant();
        String nonce = UUID.randomUUID().toString();
        return new Challenge(nonce, TestData.FAN, "Sign in to Sticker Platform\nNonce: " + nonce, now, now.plus(TTL));
    }
}
