package dev.stickerplatform.application.template;

import static dev.stickerplatform.application.query.Fixtures.CREATOR;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.StickerType;
import dev.stickerplatform.domain.model.TemplateCategory;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Arc3MetadataTest {
    @Test
    void writesTheFieldsInAFixedOrderWithoutWhitespace() {
        byte[] json = new Arc3Metadata("Gold star", CREATOR, StickerType.GOLDEN, TemplateCategory.TIP,
                MicroAlgos.of(2_500_000), "bcid", "image/png", new byte[32]).toJsonBytes();

        assertThat(new String(json, StandardCharsets.UTF_8)).isEqualTo("{\"name\":\"Gold star\","
                + "\"description\":\"Golden sticker by " + CREATOR.value().substring(0, 8) + "...\","
                + "\"image\":\"ipfs://bcid\","
                + "\"image_integrity\":\"sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\","
                + "\"image_mimetype\":\"image/png\","
                + "\"properties\":{\"creator\":\"" + CREATOR.value() + "\",\"category\":\"tip\",\"type\":\"golden\","
                + "\"platform\":\"Sticker Platform\",\"tip_threshold_micro_algos\":2500000}}");
    }

    @Test
    void keepsNonAsciiTextAsUtf8() {
        byte[] json = new Arc3Metadata("Ünïcødé ✓", CREATOR, StickerType.SOULBOUND,
                TemplateCategory.MEMBERSHIP_GOLD, MicroAlgos.ofAlgo(1), "bcid", "image/webp", new byte[32]).toJsonBytes();

        assertThat(new String(json, StandardCharsets.UTF_8)).startsWith("{\"name\":\"Ünïcødé ✓\"")
                .contains("\"category\":\"membership_gold\"").contains("Soulbound sticker by");
    }
}
