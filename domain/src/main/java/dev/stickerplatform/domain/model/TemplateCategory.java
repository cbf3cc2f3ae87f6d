package dev.stickerplatform.domain.model;

import java.util.Optional;

/** What a template rewards: a regular tip (chosen by threshold) or one of the membership tiers. */
public enum TemplateCategory {
    TIP(null),
    MEMBERSHIP_BRONZE(MembershipTier.BRONZE),
    MEMBERSHIP_SILVER(MembershipTier.SILVER),
    MEMBERSHIP_GOLD(MembershipTier.GOLD);

    private final MembershipTier tier;

    TemplateCategory(MembershipTier tier) {
        this.tier = tier;
    }

    public Optional<MembershipTier> tier() {
        return Optional.ofNullable(tier);
    }

    public boolean isMembership() {
        return tier != null;
    }

    /** The lower-case wire name used by the prototype ("tip", "membership_gold", ...). */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static TemplateCategory forTier(MembershipTier tier) {
        return valueOf("MEMBERSHIP_" + tier.name());
    }
}
