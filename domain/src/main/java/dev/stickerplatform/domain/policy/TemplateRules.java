package dev.stickerplatform.domain.policy;

import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.StickerTemplate;
import dev.stickerplatform.domain.model.StickerType;
import dev.stickerplatform.domain.model.TemplateCategory;
import java.util.List;
import java.util.Optional;

/** The rules a new sticker template must satisfy, with the prototype's numbers. */
public final class TemplateRules {
    public static final int MAX_TEMPLATES_PER_CREATOR = 20;
    public static final int MAX_IMAGE_BYTES = 5 * 1024 * 1024;
    public static final int MAX_NAME_LENGTH = 200;
    public static final MicroAlgos MIN_THRESHOLD = MicroAlgos.of(100_000);
    public static final MicroAlgos MAX_THRESHOLD = MicroAlgos.ofAlgo(10_000);

    private TemplateRules() {
    }

    /** Why a template cannot be created, or empty when it can. Checked in this order. */
    public static Optional<Violation> check(String name, StickerType type, TemplateCategory category,
                                            MicroAlgos threshold, int imageSize, List<StickerTemplate> existing) {
        if (name == null || name.isBlank()) {
            return Optional.of(new Violation(Kind.INVALID, "name", "name is required"));
        }
        if (name.codePointCount(0, name.length()) > MAX_NAME_LENGTH || name.chars().anyMatch(Character::isISOControl)) {
            return Optional.of(new Violation(Kind.INVALID, "name", "name must be at most 200 printable characters"));
        }
        if (threshold.compareTo(MIN_THRESHOLD) < 0) {
            return Optional.of(new Violation(Kind.INVALID, "tipThreshold", "tip_threshold must be at least 0.1 ALGO"));
        }
        if (threshold.compareTo(MAX_THRESHOLD) > 0) {
            return Optional.of(new Violation(Kind.INVALID, "tipThreshold", "tip_threshold cannot exceed 10,000 ALGO"));
        }
        if (category.isMembership() && type != StickerType.SOULBOUND) {
            return Optional.of(new Violation(Kind.INVALID, "stickerType", "membership stickers are soulbound"));
        }
        if (imageSize <= 0) {
            return Optional.of(new Violation(Kind.INVALID, "image", "Image file is empty"));
        }
        if (imageSize > MAX_IMAGE_BYTES) {
            return Optional.of(new Violation(Kind.TOO_LARGE, "image", "Image must be under 5 MB"));
        }
        if (existing.size() >= MAX_TEMPLATES_PER_CREATOR) {
            return Optional.of(new Violation(Kind.LIMIT, "templates",
                    "Maximum 20 sticker templates per creator. Delete an existing template first."));
        }
        for (StickerTemplate other : existing) {
            if (other.category() == category && category.isMembership()) {
                return Optional.of(new Violation(Kind.DUPLICATE, "category",
                        "You already have a " + category.wireName() + " template. Delete it first."));
            }
            if (other.category() == category && other.type() == type && other.threshold().equals(threshold)) {
                return Optional.of(new Violation(Kind.DUPLICATE, "tipThreshold",
                        "You already have a " + type.name().toLowerCase(java.util.Locale.ROOT) + " template at "
                                + threshold.toAlgo().toPlainString() + " ALGO threshold. Delete it first or use a"
                                + " different threshold."));
            }
        }
        return Optional.empty();
    }

    public enum Kind { INVALID, TOO_LARGE, LIMIT, DUPLICATE }

    /** A broken rule: what kind, which field, and a message safe to show the creator. */
    public record Violation(Kind kind, String field, String message) {
    }
}
