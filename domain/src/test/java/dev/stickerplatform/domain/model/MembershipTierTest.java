package dev.stickerplatform.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MembershipTierTest {
    @Test
    void readsBronze() {
        assertThat(MembershipTier.fromMemo("MEMBERSHIP:BRONZE")).contains(MembershipTier.BRONZE);
    }

    @Test
    void readsSilver() {
        assertThat(MembershipTier.fromMemo("MEMBERSHIP:SILVER")).contains(MembershipTier.SILVER);
    }

    @Test
    void readsGold() {
        assertThat(MembershipTier.fromMemo("MEMBERSHIP:GOLD")).contains(MembershipTier.GOLD);
    }

    @Test
    void ignoresCase() {
        assertThat(MembershipTier.fromMemo("membership:Silver")).contains(MembershipTier.SILVER);
    }

    @Test
    void ignoresSurroundingWhitespace() {
        assertThat(MembershipTier.fromMemo("  MEMBERSHIP:BRONZE \n")).contains(MembershipTier.BRONZE);
    }

    @Test
    void acceptsWordsAfterTheTier() {
        assertThat(MembershipTier.fromMemo("MEMBERSHIP:GOLD thanks")).contains(MembershipTier.GOLD);
    }

    @Test
    void goldenIsNotGold() {
        assertThat(MembershipTier.fromMemo("MEMBERSHIP:GOLDEN")).isEmpty();
    }

    @Test
    void platinumIsNoTier() {
        assertThat(MembershipTier.fromMemo("MEMBERSHIP:PLATINUM")).isEmpty();
    }

    @Test
    void aTierNamedLaterInTheMemoDoesNotCount() {
        assertThat(MembershipTier.fromMemo("thanks MEMBERSHIP:GOLD")).isEmpty();
    }

    @Test
    void anOrdinaryMemoIsNoTier() {
        assertThat(MembershipTier.fromMemo("great stream!")).isEmpty();
    }

    @Test
    void noMemoIsNoTier() {
        assertThat(MembershipTier.fromMemo((String) null)).isEmpty();
    }

    @Test
    void theBarePrefixIsNoTier() {
        assertThat(MembershipTier.fromMemo("MEMBERSHIP:")).isEmpty();
    }

    @Test
    void tiersCostFiveTwelveAndFortyAlgo() {
        assertThat(MembershipTier.BRONZE.minimum()).isEqualTo(MicroAlgos.ofAlgo(5));
        assertThat(MembershipTier.SILVER.minimum()).isEqualTo(MicroAlgos.ofAlgo(12));
        assertThat(MembershipTier.GOLD.minimum()).isEqualTo(MicroAlgos.ofAlgo(40));
    }

    @Test
    void tiersLastThirtyNinetyAndThreeHundredSixtyFiveDays() {
        assertThat(MembershipTier.BRONZE.validity()).isEqualTo(Duration.ofDays(30));
        assertThat(MembershipTier.SILVER.validity()).isEqualTo(Duration.ofDays(90));
        assertThat(MembershipTier.GOLD.validity()).isEqualTo(Duration.ofDays(365));
    }
}
