package dev.stickerplatform.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RoundTest {
    @Test
    void isNeverNegative() {
        assertThatThrownBy(() -> Round.of(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nextIsOneLater() {
        assertThat(Round.of(41).next()).isEqualTo(Round.of(42));
    }

    @Test
    void plusAddsRounds() {
        assertThat(Round.of(10).plus(1000)).isEqualTo(Round.of(1010));
    }

    @Test
    void plusThatOverflowsFails() {
        assertThatThrownBy(() -> Round.of(Long.MAX_VALUE).plus(1)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void aLaterRoundIsAfterAnEarlierOne() {
        assertThat(Round.of(2).isAfter(Round.of(1))).isTrue();
    }

    @Test
    void aRoundIsNotAfterItself() {
        assertThat(Round.of(2).isAfter(Round.of(2))).isFalse();
    }

    @Test
    void ordersByNumber() {
        assertThat(Round.of(1)).isLessThan(Round.of(2));
    }
}
