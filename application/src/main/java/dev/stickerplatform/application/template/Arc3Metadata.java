package dev.stickerplatform.application.template;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.JsonText;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.StickerType;
import dev.stickerplatform.domain.model.TemplateCategory;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * The ARC-3 metadata JSON of a template. Written by hand, with fixed key order and no whitespace, so that the
 * exact bytes (whose SHA-256 goes on chain as the ASA's metadata hash) depend on this code alone.
 *
 * @param imageSha256 SHA-256 of the image bytes, published as {@code image_integrity}
 */
record Arc3Metadata(String name, Address creator, StickerType type, TemplateCategory category,
                    MicroAlgos threshold, String imageCid, String imageMimeType, byte[] imageSha256) {
    static final String PLATFORM = "Sticker Platform";

    byte[] toJsonBytes() {
        String typeName = type.name().toLowerCase(Locale.ROOT);
        String title = Character.toUpperCase(typeName.charAt(0)) + typeName.substring(1);
        StringBuilder json = new StringBuilder(512).append('{');
        string(json, "name", name).append(',');
        string(json, "description", title + " sticker by " + creator.shortForm()).append(',');
        string(json, "image", "ipfs://" + imageCid).append(',');
        string(json, "image_integrity", "sha256-" + Base64.getEncoder().encodeToString(imageSha256)).append(',');
        string(json, "image_mimetype", imageMimeType).append(',');
        json.append("\"properties\":{");
        string(json, "creator", creator.value()).append(',');
        string(json, "category", category.wireName()).append(',');
        string(json, "type", typeName).append(',');
        string(json, "platform", PLATFORM).append(',');
        json.append("\"tip_threshold_micro_algos\":").append(threshold.value());
        return json.append("}}").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static StringBuilder string(StringBuilder json, String key, String value) {
        return JsonText.quote(JsonText.quote(json, key).append(':'), value);
    }
}
