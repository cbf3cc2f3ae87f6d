package dev.stickerplatform.domain.model;

/**
 * The two kinds of sticker. SOULBOUND is default-frozen and delivered by clawback, so the fan cannot pass it
 * on; GOLDEN has no freeze or clawback address and is freely transferable.
 */
public enum StickerType {
    SOULBOUND("STICKER", true),
    GOLDEN("GOLDEN", false);

    private final String unitName;
    private final boolean defaultFrozen;

    StickerType(String unitName, boolean defaultFrozen) {
        this.unitName = unitName;
        this.defaultFrozen = defaultFrozen;
    }

    public String unitName() {
        return unitName;
    }

    public boolean defaultFrozen() {
        return defaultFrozen;
    }
}
