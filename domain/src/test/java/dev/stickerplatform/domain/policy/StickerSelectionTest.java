package dev.stickerplatform.domain.policy;

import static dev.stickerplatform.domain.policy.Templates.aTemplate;
import static dev.stickerplatform.domain.policy.Tips.aTip;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.StickerTemplate;
import dev.stickerplatform.domain.model.StickerType;
import dev.stickerplatform.domain.model.TemplateCategory;
import dev.stickerplatform.domain.model.Tip;
import dev.stickerplatform.domain.policy.StickerSelection.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StickerSelectionTest {
    private static final Instant NOW = Instant.parse("2025-06-01T12:00:05Z");
    private static final StickerTemplate ONE_ALGO = aTemplate().withId(1).withThresholdAlgo(1).build();
    private static final StickerTemplate FIVE_ALGO = aTemplate().withId(2).withThresholdAlgo(5).build();
    private static final StickerTemplate TEN_ALGO = aTemplate().withId(3).withThresholdAlgo(10).build();
    private static final List<StickerTemplate> LADDER = List.of(ONE_ALGO, TEN_ALGO, FIVE_ALGO);

    @Test
    void theHighestThresholdMetWins() {
        assertThat(select(aTip().ofAlgo(7).build(), LADDER)).isEqualTo(mint(FIVE_ALGO, StickerType.SOULBOUND));
    }

    @Test
    void aTipExactlyAtAThresholdEarnsIt() {
        assertThat(select(aTip().ofAlgo(10).build(), LADDER)).isEqualTo(mint(TEN_ALGO, StickerType.SOULBOUND));
    }

    @Test
    void aTipBelowEveryThresholdEarnsNothing() {
        assertThat(select(aTip().of(MicroAlgos.of(999_999)).build(), LADDER)).isInstanceOf(Outcome.NoSticker.class);
    }

    @Test
    void goldenWinsATieAtTheSameThreshold() {
        StickerTemplate golden = aTemplate().withId(9).golden().withThresholdAlgo(5).build();
        assertThat(select(aTip().ofAlgo(5).build(), List.of(FIVE_ALGO, golden)))
                .isEqualTo(mint(golden, StickerType.GOLDEN));
    }

    @Test
    void theOlderTemplateWinsATieOfTheSameType() {
        StickerTemplate newer = aTemplate().withId(8).withThresholdAlgo(5).build();
        assertThat(select(aTip().ofAlgo(5).build(), List.of(newer, FIVE_ALGO)))
                .isEqualTo(mint(FIVE_ALGO, StickerType.SOULBOUND));
    }

    @Test
    void aRegularTipIgnoresMembershipTemplates() {
        StickerTemplate membership = membershipTemplate(TemplateCategory.MEMBERSHIP_BRONZE);
        assertThat(select(aTip().ofAlgo(50).build(), List.of(membership))).isInstanceOf(Outcome.NoSticker.class);
    }

    @Test
    void bronzeMembershipMintsSoulboundForThirtyDays() {
        assertMembership("MEMBERSHIP:BRONZE", 5, TemplateCategory.MEMBERSHIP_BRONZE, 30);
    }

    @Test
    void silverMembershipMintsSoulboundForNinetyDays() {
        assertMembership("MEMBERSHIP:SILVER", 12, TemplateCategory.MEMBERSHIP_SILVER, 90);
    }

    @Test
    void goldMembershipMintsSoulboundForAYear() {
        assertMembership("MEMBERSHIP:GOLD", 40, TemplateCategory.MEMBERSHIP_GOLD, 365);
    }

    @Test
    void aMembershipIsMintedSoulboundEvenFromAGoldenTemplate() {
        StickerTemplate golden = aTemplate().golden().inCategory(TemplateCategory.MEMBERSHIP_GOLD).build();
        Outcome outcome = select(aTip().ofAlgo(40).withMemo("MEMBERSHIP:GOLD").build(), List.of(golden));
        assertThat(outcome).isEqualTo(new Outcome.Mint(golden, StickerType.SOULBOUND, NOW.plus(Duration.ofDays(365))));
    }

    @Test
    void belowTheTierMinimumEarnsNothingAndNoRegularSticker() {
        List<StickerTemplate> templates = List.of(ONE_ALGO, membershipTemplate(TemplateCategory.MEMBERSHIP_SILVER));
        Tip tip = aTip().of(MicroAlgos.of(11_999_999)).withMemo("MEMBERSHIP:SILVER").build();
        assertThat(select(tip, templates)).isInstanceOf(Outcome.NoSticker.class);
    }

    @Test
    void aMembershipWithoutItsTemplateEarnsNothingAndNoRegularSticker() {
        Tip tip = aTip().ofAlgo(40).withMemo("MEMBERSHIP:GOLD").build();
        assertThat(select(tip, LADDER)).isInstanceOf(Outcome.NoSticker.class);
    }

    @Test
    void anotherTiersTemplateDoesNotServeTheMembership() {
        Tip tip = aTip().ofAlgo(40).withMemo("MEMBERSHIP:GOLD").build();
        assertThat(select(tip, List.of(membershipTemplate(TemplateCategory.MEMBERSHIP_SILVER))))
                .isInstanceOf(Outcome.NoSticker.class);
    }

    @Test
    void anUnknownTierIsARegularTip() {
        Tip tip = aTip().ofAlgo(10).withMemo("MEMBERSHIP:PLATINUM").build();
        assertThat(select(tip, LADDER)).isEqualTo(mint(TEN_ALGO, StickerType.SOULBOUND));
    }

    private void assertMembership(String memo, long minimumAlgo, TemplateCategory category, int days) {
        StickerTemplate template = membershipTemplate(category);
        Outcome outcome = select(aTip().ofAlgo(minimumAlgo).withMemo(memo).build(), List.of(ONE_ALGO, template));
        assertThat(outcome)
                .isEqualTo(new Outcome.Mint(template, StickerType.SOULBOUND, NOW.plus(Duration.ofDays(days))));
    }

    private static StickerTemplate membershipTemplate(TemplateCategory category) {
        return aTemplate().withId(20).inCategory(category).withThresholdAlgo(1).build();
    }

    private static Outcome select(Tip tip, List<StickerTemplate> templates) {
        return StickerSelection.select(tip, templates, NOW);
    }

    private static Outcome mint(StickerTemplate template, StickerType type) {
        return new Outcome.Mint(template, type, null);
    }
}
