package dev.stickerplatform.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MicroAlgosTest {
    @Test
    void isNeverNegative() {
        assertThatThrownBy(() -> MicroAlgos.of(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oneAlgoIsAMillionMicroAlgos() {
        assertThat(MicroAlgos.ofAlgo(1).value()).isEqualTo(1_000_000);
    }

    @Test
    void addsAmounts() {
        assertThat(MicroAlgos.of(1).plus(MicroAlgos.of(2))).isEqualTo(MicroAlgos.of(3));
    }

    @Test
    void additionThatOverflowsFails() {
        assertThatThrownBy(() -> MicroAlgos.of(Long.MAX_VALUE).plus(MicroAlgos.of(1)))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void subtractionBelowZeroFails() {
        assertThatThrownBy(() -> MicroAlgos.of(1).minus(MicroAlgos.of(2))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void convertsTwoPointZeroOneAlgoExactly() {
        assertThat(MicroAlgos.fromAlgo(new BigDecimal("2.01"))).isEqualTo(MicroAlgos.of(2_010_000));
    }

    @Test
    void convertsATenthOfAnAlgoExactly() {
        assertThat(MicroAlgos.fromAlgo(new BigDecimal("0.1"))).isEqualTo(MicroAlgos.of(100_000));
    }

    @Test
    void convertsSixDecimals() {
        assertThat(MicroAlgos.fromAlgo(new BigDecimal("0.000001"))).isEqualTo(MicroAlgos.of(1));
    }

    @Test
    void rejectsSevenDecimals() {
        assertThatThrownBy(() -> MicroAlgos.fromAlgo(new BigDecimal("0.0000001")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("6 decimals");
    }

    @Test
    void rejectsANegativeAlgoAmount() {
        assertThatThrownBy(() -> MicroAlgos.fromAlgo(new BigDecimal("-1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    }

    @Test
    void acceptsTheLargestAmountALongHolds() {
        assertThat(MicroAlgos.fromAlgo(new BigDecimal("9223372036854.775807")).value()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void rejectsAnAmountTooLargeForALong() {
        assertThatThrownBy(() -> MicroAlgos.fromAlgo(new BigDecimal("9223372036854.775808")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too large");
    }

    @Test
    void toAlgoStringHasSixDecimals() {
        assertThat(MicroAlgos.of(2_010_000).toAlgoString()).isEqualTo("2.010000");
    }

    @Test
    void toAlgoDropsTrailingZeros() {
        assertThat(MicroAlgos.of(2_010_000).toAlgo()).isEqualByComparingTo("2.01").hasToString("2.01");
    }

    @Test
    void toAlgoOfWholeAlgosHasNoExponent() {
        assertThat(MicroAlgos.ofAlgo(10).toAlgo().toString()).isEqualTo("10");
    }

    @Test
    void toAlgoRoundTripsThroughFromAlgo() {
        MicroAlgos amount = MicroAlgos.of(123_456_789);
        assertThat(MicroAlgos.fromAlgo(amount.toAlgo())).isEqualTo(amount);
    }

    @Test
    void ordersByValue() {
        assertThat(MicroAlgos.of(1)).isLessThan(MicroAlgos.of(2));
    }

    @Test
    void anEqualAmountIsAtLeastTheOther() {
        assertThat(MicroAlgos.of(2).isAtLeast(MicroAlgos.of(2))).isTrue();
    }
}
