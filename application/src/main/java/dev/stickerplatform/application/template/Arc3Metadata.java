package dev.stickerplatform.application.template;

import dev.stickerplatform.domain.model.Address;
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
        return quote(quote(json, key).append(':'), value);
    }

    /**
     * Appends {@code text} as a JSON string: quotes, backslashes and control characters escaped as RFC 8259
     * requires; U+2028/U+2029 and unpaired surrogates escaped too, so the output is also valid JavaScript and
     * never loses a character to UTF-8 replacement.
     */
    static StringBuilder quote(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || isUnpaired(text, i)) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }

    private static boolean isUnpaired(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
    }
}
