package dev.stickerplatform.adapters.persistence.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.domain.port.Randomness;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RandomnessTest {
    @Test
    void theSameSeedGivesTheSameSequence() {
        Randomness a = new SeededRandomness(42);
        Randomness b = new SeededRandomness(42);

        assertThat(a.bytes(16)).isEqualTo(b.bytes(16));
        assertThat(a.nextLong(1_000_000)).isEqualTo(b.nextLong(1_000_000));
    }

    @Test
    void differentSeedsGiveDifferentSequences() {
        assertThat(new SeededRandomness(1).bytes(16)).isNotEqualTo(new SeededRandomness(2).bytes(16));
    }

    @Test
    void longsStayBelowTheBound() {
        for (Randomness randomness : new Randomness[] {new SeededRandomness(7), new SecureRandomness()}) {
            assertThat(IntStream.range(0, 1_000).mapToLong(i -> randomness.nextLong(10)))
                    .allMatch(value -> value >= 0 && value < 10);
        }
    }

    @Test
    void secureBytesHaveTheRequestedLengthAndDiffer() {
        Randomness randomness = new SecureRandomness();

        assertThat(randomness.bytes(32)).hasSize(32).isNotEqualTo(randomness.bytes(32));
    }

    @Test
    void aBoundMustBePositive() {
        assertThatThrownBy(() -> new SecureRandomness().nextLong(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SeededRandomness(1).nextLong(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
