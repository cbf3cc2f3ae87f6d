package dev.stickerplatform.domain.policy;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.ContentRef;
import dev.stickerplatform.domain.model.Hash32;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.StickerTemplate;
import dev.stickerplatform.domain.model.StickerType;
import dev.stickerplatform.domain.model.TemplateCategory;
import java.time.Instant;

/** Test-data builder for sticker templates: a 1 ALGO soulbound tip template unless told otherwise. */
final class Templates {
    static final Address CREATOR = Address.fromPublicKey(filled(7));
    private static final ContentRef IMAGE =
            new ContentRef("bafkreiimageimageimageimage", "https://gw.example/ipfs/img");
    private static final ContentRef METADATA =
            new ContentRef("bafkreimetadatametadatameta", "https://gw.example/ipfs/md");

    private long id = 1;
    private String name = "Thank you";
    private StickerType type = StickerType.SOULBOUND;
    private TemplateCategory category = TemplateCategory.TIP;
    private MicroAlgos threshold = MicroAlgos.ofAlgo(1);

    private Templates() {
    }

    static Templates aTemplate() {
        return new Templates();
    }

    Templates withId(long value) {
        id = value;
        return this;
    }

    Templates named(String value) {
        name = value;
        return this;
    }

    Templates golden() {
        type = StickerType.GOLDEN;
        return this;
    }

    Templates ofType(StickerType value) {
        type = value;
        return this;
    }

    Templates inCategory(TemplateCategory value) {
        category = value;
        return this;
    }

    Templates withThreshold(MicroAlgos value) {
        threshold = value;
        return this;
    }

    Templates withThresholdAlgo(long algo) {
        return withThreshold(MicroAlgos.ofAlgo(algo));
    }

    StickerTemplate build() {
        return new StickerTemplate(id, CREATOR, name, type, category, threshold, IMAGE, "image/png", METADATA,
                Hash32.of(filled(9)), Instant.parse("2025-01-01T00:00:00Z"));
    }

    private static byte[] filled(int value) {
        byte[] bytes = new byte[32];
        java.util.Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
