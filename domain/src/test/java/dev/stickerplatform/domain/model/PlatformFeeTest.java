package dev.stickerplatform.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The same cases as the contract's vectors (contracts/tip_proxy/vectors, fee 500 bps, floor 102000). */
class PlatformFeeTest {
    private static final PlatformFee FIVE_PERCENT_OR_FLOOR = new PlatformFee(500, MicroAlgos.of(102_000));

    @ParameterizedTest(name = "{0} µALGO → fee {1}")
    @CsvSource({
        "2000000, 102000",   // 5 % = 100000 < floor
        "2040000, 102000",   // 5 % = floor
        "2040039, 102001",   // 102001.95 rounds down
        "3000000, 150000",   // 5 % > floor
        "102001, 102000",    // the smallest tip a min tip of floor + 1 allows: the creator keeps 1
    })
    void theFeeIsTheLargerOfTheFloorAndTheRoundedDownPercentage(long amount, long fee) {
        assertThat(FIVE_PERCENT_OR_FLOOR.on(MicroAlgos.of(amount))).isEqualTo(MicroAlgos.of(fee));
        assertThat(FIVE_PERCENT_OR_FLOOR.creatorShare(MicroAlgos.of(amount))).isEqualTo(MicroAlgos.of(amount - fee));
    }

    @Test
    void withoutAFloorSmallTipsRoundToNoFee() {
        PlatformFee percentOnly = new PlatformFee(500, MicroAlgos.ZERO);
        assertThat(percentOnly.on(MicroAlgos.of(19))).isEqualTo(MicroAlgos.ZERO);
        assertThat(percentOnly.on(MicroAlgos.of(20))).isEqualTo(MicroAlgos.of(1));
    }

    @Test
    void noIntermediateOverflowOnHugeAmounts() {
        PlatformFee almostAll = new PlatformFee(9_999, MicroAlgos.ZERO);
        assertThat(almostAll.on(MicroAlgos.of(3_000_000_000_000_000L))).isEqualTo(MicroAlgos.of(2_999_700_000_000_000L));
        assertThat(almostAll.on(MicroAlgos.of(Long.MAX_VALUE)))
                .isEqualTo(MicroAlgos.of(Long.MAX_VALUE / 10_000 * 9_999 + Long.MAX_VALUE % 10_000 * 9_999 / 10_000));
        assertThat(almostAll.creatorShare(MicroAlgos.of(Long.MAX_VALUE)).value()).isPositive();
    }

    @Test
    void noFeeIsZeroOnEveryAmount() {
        assertThat(PlatformFee.NONE.on(MicroAlgos.of(Long.MAX_VALUE))).isEqualTo(MicroAlgos.ZERO);
    }

    @Test
    void theMinimumTipMustBeAboveTheFloor() {
        assertThat(FIVE_PERCENT_OR_FLOOR.allowsMinTip(MicroAlgos.of(102_000))).isFalse();
        assertThat(FIVE_PERCENT_OR_FLOOR.allowsMinTip(MicroAlgos.of(102_001))).isTrue();
        assertThat(PlatformFee.NONE.allowsMinTip(MicroAlgos.ZERO)).isFalse();
    }

    @Test
    void aFeeOfTheWholeTipIsRefused() {
        assertThatThrownBy(() -> new PlatformFee(10_000, MicroAlgos.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PlatformFee(-1, MicroAlgos.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
