package dev.stickerplatform.domain.model;

/**
 * JSON strings written by hand where the exact bytes matter (the ARC-3 metadata whose hash goes on chain) or where
 * no JSON library may be used (the domain's audit lines). Quotes, backslashes and control characters are escaped as
 * RFC 8259 requires; U+2028/U+2029 and unpaired surrogates are escaped too, so the output is also valid JavaScript
 * and never loses a character to UTF-8 replacement. (The adapters' canonical JSON follows RFC 8785 instead, and
 * everything else is written by Jackson.)
 */
public final class JsonText {
    private JsonText() {
    }

    /** Appends {@code text} to {@code json} as a JSON string, quotes included. */
    public static StringBuilder quote(StringBuilder json, String text) {
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
