package dev.stickerplatform.adapters.persistence.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.domain.port.ChallengeStore;
import dev.stickerplatform.domain.port.ChallengeStore.Challenge;
import dev.stickerplatform.domain.port.ChallengeStoreContractTest;
import dev.stickerplatform.domain.port.TestData;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemoryChallengeStoreTest extends ChallengeStoreContractTest {
    @Override
    protected ChallengeStore newStore(Clock clock) {
        return new InMemoryChallengeStore(clock);
    }

    @Test
    void expiredChallengesDisappearOnTheirOwn() {
        InMemoryChallengeStore challenges = new InMemoryChallengeStore(clock);
        challenges.save(challenge("a", Duration.ofMinutes(5)));
        challenges.save(challenge("b", Duration.ofMinutes(5)));

        clock.advance(Duration.ofMinutes(5));
        challenges.save(challenge("c", Duration.ofMinutes(5)));

        assertThat(challenges.size()).isEqualTo(1);
    }

    @Test
    void neverHoldsMoreThanItsMaximumDroppingTheOldest() {
        InMemoryChallengeStore challenges = new InMemoryChallengeStore(clock, 100);

        for (int i = 0; i < 1_000; i++) {
            challenges.save(challenge("n" + i, Duration.ofMinutes(5)));
        }

        assertThat(challenges.size()).isEqualTo(100);
        assertThat(challenges.consume("n0", clock.instant())).isEmpty();
        assertThat(challenges.consume("n999", clock.instant())).isPresent();
    }

    private Challenge challenge(String nonce, Duration ttl) {
        Instant now = clock.instant();
        return new Challenge(nonce, TestData.FAN, "message " + nonce, now, now.plus(ttl));
    }
}
