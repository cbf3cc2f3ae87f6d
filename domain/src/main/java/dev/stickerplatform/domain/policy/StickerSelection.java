package dev.stickerplatform.domain.policy;

import dev.stickerplatform.domain.model.MembershipTier;
import dev.stickerplatform.domain.model.StickerTemplate;
import dev.stickerplatform.domain.model.StickerType;
import dev.stickerplatform.domain.model.TemplateCategory;
import dev.stickerplatform.domain.model.Tip;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Which sticker (if any) a tip earns.
 * <ul>
 *   <li>A memo {@code MEMBERSHIP:<TIER>} asks for that tier: amount ≥ the tier minimum and the creator has the
 *       tier's template → that template, soulbound, expiring after the tier's validity; otherwise nothing (no
 *       fallback to a regular sticker).</li>
 *   <li>Any other tip: among the creator's TIP templates with threshold ≤ amount, the highest threshold wins;
 *       on a tie GOLDEN beats SOULBOUND, then the older template (lower id) wins. None met → nothing.</li>
 * </ul>
 */
public final class StickerSelection {
    private static final Comparator<StickerTemplate> BEST_FIRST = Comparator
            .comparing(StickerTemplate::threshold).reversed()
            .thenComparing(t -> t.type() == StickerType.GOLDEN ? 0 : 1)
            .thenComparingLong(StickerTemplate::id);

    private StickerSelection() {
    }

    public static Outcome select(Tip tip, List<StickerTemplate> creatorTemplates, Instant now) {
        var tier = MembershipTier.fromMemo(tip.memo());
        if (tier.isPresent()) {
            return membership(tip, tier.get(), creatorTemplates, now);
        }
        return creatorTemplates.stream()
                .filter(t -> t.category() == TemplateCategory.TIP && tip.amount().isAtLeast(t.threshold()))
                .min(BEST_FIRST)
                .<Outcome>map(t -> new Outcome.Mint(t, t.type(), null))
                .orElse(new Outcome.NoSticker("below every threshold"));
    }

    private static Outcome membership(Tip tip, MembershipTier tier, List<StickerTemplate> templates, Instant now) {
        if (!tip.amount().isAtLeast(tier.minimum())) {
            return new Outcome.NoSticker("below the " + tier + " membership minimum");
        }
        TemplateCategory category = TemplateCategory.forTier(tier);
        return templates.stream()
                .filter(t -> t.category() == category)
                .min(Comparator.comparingLong(StickerTemplate::id))
                .<Outcome>map(t -> new Outcome.Mint(t, StickerType.SOULBOUND, now.plus(tier.validity())))
                .orElse(new Outcome.NoSticker("no " + category.wireName() + " template"));
    }

    /** What a tip earns. */
    public sealed interface Outcome {
        /** Mint {@code template} as {@code type}; {@code expiresAt} is set for memberships only. */
        record Mint(StickerTemplate template, StickerType type, Instant expiresAt) implements Outcome {
        }

        record NoSticker(String reason) implements Outcome {
        }
    }
}
