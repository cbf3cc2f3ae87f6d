package dev.stickerplatform.domain.policy;

import static dev.stickerplatform.domain.policy.Templates.aTemplate;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.StickerTemplate;
import dev.stickerplatform.domain.model.StickerType;
import dev.stickerplatform.domain.model.TemplateCategory;
import dev.stickerplatform.domain.policy.TemplateRules.Kind;
import dev.stickerplatform.domain.policy.TemplateRules.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TemplateRulesTest {
    private String name = "Thank you";
    private StickerType type = StickerType.SOULBOUND;
    private TemplateCategory category = TemplateCategory.TIP;
    private MicroAlgos threshold = MicroAlgos.ofAlgo(1);
    private int imageSize = 1024;
    private List<StickerTemplate> existing = List.of();

    @Test
    void acceptsAnOrdinaryTemplate() {
        assertThat(check()).isEmpty();
    }

    @Test
    void acceptsAThresholdOfATenthOfAnAlgo() {
        threshold = MicroAlgos.of(100_000);
        assertThat(check()).isEmpty();
    }

    @Test
    void rejectsAThresholdBelowATenthOfAnAlgo() {
        threshold = MicroAlgos.of(99_999);
        assertThat(check()).get().isEqualTo(new Violation(Kind.INVALID, "tipThreshold",
                "tip_threshold must be at least 0.1 ALGO"));
    }

    @Test
    void acceptsAThresholdOfTenThousandAlgo() {
        threshold = MicroAlgos.ofAlgo(10_000);
        assertThat(check()).isEmpty();
    }

    @Test
    void rejectsAThresholdAboveTenThousandAlgo() {
        threshold = MicroAlgos.of(10_000_000_001L);
        assertThat(check()).get().isEqualTo(new Violation(Kind.INVALID, "tipThreshold",
                "tip_threshold cannot exceed 10,000 ALGO"));
    }

    @Test
    void acceptsAnImageOfExactlyFiveMegabytes() {
        imageSize = 5_242_880;
        assertThat(check()).isEmpty();
    }

    @Test
    void rejectsAnImageOneByteOverFiveMegabytesAsTooLarge() {
        imageSize = 5_242_881;
        assertThat(check()).get().isEqualTo(new Violation(Kind.TOO_LARGE, "image", "Image must be under 5 MB"));
    }

    @Test
    void rejectsAnEmptyImage() {
        imageSize = 0;
        assertThat(check()).get().isEqualTo(new Violation(Kind.INVALID, "image", "Image file is empty"));
    }

    @Test
    void acceptsTheTwentiethTemplate() {
        existing = templatesAt(19);
        assertThat(check()).isEmpty();
    }

    @Test
    void rejectsATwentyFirstTemplate() {
        existing = templatesAt(20);
        assertThat(check()).map(Violation::kind).contains(Kind.LIMIT);
    }

    @Test
    void rejectsTheSameCategoryTypeAndThresholdAsDuplicate() {
        existing = List.of(aTemplate().withThresholdAlgo(1).build());
        assertThat(check()).map(Violation::kind).contains(Kind.DUPLICATE);
    }

    @Test
    void allowsAGoldenNextToASoulboundAtTheSameThreshold() {
        existing = List.of(aTemplate().withThresholdAlgo(1).build());
        type = StickerType.GOLDEN;
        assertThat(check()).isEmpty();
    }

    @Test
    void allowsTheSameTypeAtADifferentThreshold() {
        existing = List.of(aTemplate().withThresholdAlgo(2).build());
        assertThat(check()).isEmpty();
    }

    @Test
    void allowsOneTemplatePerMembershipCategory() {
        existing = List.of(aTemplate().inCategory(TemplateCategory.MEMBERSHIP_SILVER).build());
        category = TemplateCategory.MEMBERSHIP_GOLD;
        assertThat(check()).isEmpty();
    }

    @Test
    void rejectsASecondTemplateInTheSameMembershipCategory() {
        existing = List.of(aTemplate().inCategory(TemplateCategory.MEMBERSHIP_GOLD).withThresholdAlgo(40).build());
        category = TemplateCategory.MEMBERSHIP_GOLD;
        assertThat(check()).get().extracting(Violation::kind, Violation::field)
                .containsExactly(Kind.DUPLICATE, "category");
    }

    @Test
    void rejectsAGoldenMembershipTemplate() {
        category = TemplateCategory.MEMBERSHIP_BRONZE;
        type = StickerType.GOLDEN;
        assertThat(check()).get().extracting(Violation::kind, Violation::field)
                .containsExactly(Kind.INVALID, "stickerType");
    }

    @Test
    void rejectsABlankName() {
        name = "  ";
        assertThat(check()).get().isEqualTo(new Violation(Kind.INVALID, "name", "name is required"));
    }

    @Test
    void rejectsAMissingName() {
        name = null;
        assertThat(check()).map(Violation::field).contains("name");
    }

    @Test
    void acceptsANameOf200Characters() {
        name = "n".repeat(200);
        assertThat(check()).isEmpty();
    }

    @Test
    void rejectsANameOf201Characters() {
        name = "n".repeat(201);
        assertThat(check()).map(Violation::field).contains("name");
    }

    @Test
    void countsAnEmojiAsOneCharacterOfTheName() {
        name = "🎉".repeat(200);
        assertThat(check()).isEmpty();
    }

    @Test
    void rejectsANameWithControlCharacters() {
        name = "Thank\u0000you";
        assertThat(check()).map(Violation::field).contains("name");
    }

    private Optional<Violation> check() {
        return TemplateRules.check(name, type, category, threshold, imageSize, existing);
    }

    private static List<StickerTemplate> templatesAt(int count) {
        List<StickerTemplate> templates = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            templates.add(aTemplate().withId(i).withThresholdAlgo(100 + i).build());
        }
        return templates;
    }
}
