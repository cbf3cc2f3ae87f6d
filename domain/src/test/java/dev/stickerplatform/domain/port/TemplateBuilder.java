package dev.stickerplatform.domain.port;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.StickerTemplate;
import dev.stickerplatform.domain.model.StickerType;
import dev.stickerplatform.domain.model.TemplateCategory;
import java.time.Instant;

/** Builds an unsaved template (id 0): a 1 ALGO soulbound tip template of {@link TestData#CREATOR}. */
public final class TemplateBuilder {
    private Address creator = TestData.CREATOR;
    private String name = "Thank you";
    private StickerType type = StickerType.SOULBOUND;
    private TemplateCategory category = TemplateCategory.TIP;
    private MicroAlgos threshold = MicroAlgos.ofAlgo(1);
    private Instant createdAt = TestData.T0;

    TemplateBuilder() {
    }

    public TemplateBuilder by(Address value) {
        creator = value;
        return this;
    }

    public TemplateBuilder named(String value) {
        name = value;
        return this;
    }

    public TemplateBuilder ofType(StickerType value) {
        type = value;
        return this;
    }

    public TemplateBuilder inCategory(TemplateCategory value) {
        category = value;
        return this;
    }

    public TemplateBuilder withThreshold(long microAlgos) {
        threshold = MicroAlgos.of(microAlgos);
        return this;
    }

    public TemplateBuilder createdAt(Instant value) {
        createdAt = value;
        return this;
    }

    public StickerTemplate build() {
        return new StickerTemplate(0, creator, name, type, category, threshold, TestData.IMAGE, "image/png",
                TestData.METADATA, TestData.METADATA_HASH, createdAt);
    }
}
