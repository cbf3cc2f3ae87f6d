package dev.stickerplatform.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.policy.GoldenOdds.Odds;
import org.junit.jupiter.api.Test;

class GoldenOddsTest {
    private static Odds odds(MicroAlgos amount) {
        return GoldenOdds.forAmount(amount, GoldenOdds.DEFAULT_BASE_BPS, GoldenOdds.DEFAULT_INTERVAL);
    }

    private static Odds oddsAlgo(long algo) {
        return odds(MicroAlgos.ofAlgo(algo));
    }

    @Test
    void baseChanceIsTenPercent() {
        assertThat(oddsAlgo(1).totalBps()).isEqualTo(1000);
    }

    @Test
    void justBelowFiveAlgoHasNoBonus() {
        assertThat(odds(MicroAlgos.of(4_999_999)).bonusBps()).isZero();
    }

    @Test
    void fiveAlgoAddsFivePercent() {
        assertThat(oddsAlgo(5).bonusBps()).isEqualTo(500);
    }

    @Test
    void justBelowTenAlgoKeepsTheFivePercentBonus() {
        assertThat(odds(MicroAlgos.of(9_999_999)).bonusBps()).isEqualTo(500);
    }

    @Test
    void tenAlgoAddsTenPercent() {
        assertThat(oddsAlgo(10).bonusBps()).isEqualTo(1000);
    }

    @Test
    void justBelowFiftyAlgoKeepsTheTenPercentBonus() {
        assertThat(odds(MicroAlgos.of(49_999_999)).bonusBps()).isEqualTo(1000);
    }

    @Test
    void fiftyAlgoAddsTwentyPercentOnlyTheHighestBonus() {
        Odds odds = oddsAlgo(50);
        assertThat(odds.bonusBps()).isEqualTo(2000);
        assertThat(odds.totalBps()).isEqualTo(3000);
    }

    @Test
    void totalIsCappedAtEightyPercent() {
        assertThat(GoldenOdds.forAmount(MicroAlgos.ofAlgo(50), 7000, 10).totalBps()).isEqualTo(8000);
    }

    @Test
    void describesTheOddsWithoutABonus() {
        assertThat(oddsAlgo(1).description()).isEqualTo("10% chance of golden sticker. Guaranteed every 10 tips.");
    }

    @Test
    void describesTheOddsWithAWhaleBonus() {
        assertThat(oddsAlgo(50).description())
                .isEqualTo("30% chance of golden sticker (+20% whale bonus). Guaranteed every 10 tips.");
    }

    @Test
    void everyTenthTipIsGuaranteed() {
        assertThat(GoldenOdds.guaranteed(10, 10)).isTrue();
        assertThat(GoldenOdds.guaranteed(20, 10)).isTrue();
    }

    @Test
    void otherTipsAreNotGuaranteed() {
        assertThat(GoldenOdds.guaranteed(9, 10)).isFalse();
        assertThat(GoldenOdds.guaranteed(11, 10)).isFalse();
    }

    @Test
    void theZerothTipIsNotGuaranteed() {
        assertThat(GoldenOdds.guaranteed(0, 10)).isFalse();
    }

    @Test
    void noIntervalGuaranteesNothing() {
        assertThat(GoldenOdds.guaranteed(10, 0)).isFalse();
    }

    @Test
    void aRollBelowTheOddsIsGolden() {
        assertThat(GoldenOdds.isGolden(oddsAlgo(1), 1, 999)).isTrue();
    }

    @Test
    void aRollAtTheOddsIsNotGolden() {
        assertThat(GoldenOdds.isGolden(oddsAlgo(1), 1, 1000)).isFalse();
    }

    @Test
    void aGuaranteedTipIsGoldenWhateverTheRoll() {
        assertThat(GoldenOdds.isGolden(oddsAlgo(1), 10, 9999)).isTrue();
    }
}
