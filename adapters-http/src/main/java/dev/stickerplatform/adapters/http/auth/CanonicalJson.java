package dev.stickerplatform.adapters.http.auth;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * JSON in the RFC 8785 canonical form (JCS), which ARC-60 hashes: no whitespace, object members sorted by their
 * UTF-16 code units, strings with only the mandatory escapes. Numbers are limited to integers of at most 2^53 in
 * magnitude (written as plain decimals, as JCS writes them); a sign-in request has no other numbers.
 */
final class CanonicalJson {
    private static final BigInteger MAX_EXACT = BigInteger.TWO.pow(53);

    private CanonicalJson() {
    }

    /** The canonical UTF-8 bytes of {@code node}; {@link IllegalArgumentException} for an unsupported number. */
    static byte[] bytes(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(node, out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void write(JsonNode node, StringBuilder out) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                List<Map.Entry<String, JsonNode>> members = new ArrayList<>();
                node.fields().forEachRemaining(members::add);
                members.sort(Map.Entry.comparingByKey());
                out.append('{');
                for (int i = 0; i < members.size(); i++) {
                    out.append(i == 0 ? "" : ",");
                    string(members.get(i).getKey(), out);
                    out.append(':');
                    write(members.get(i).getValue(), out);
                }
                out.append('}');
            }
            case ARRAY -> {
                out.append('[');
                for (int i = 0; i < node.size(); i++) {
                    out.append(i == 0 ? "" : ",");
                    write(node.get(i), out);
                }
                out.append(']');
            }
            case STRING -> string(node.textValue(), out);
            case BOOLEAN -> out.append(node.booleanValue());
            case NULL -> out.append("null");
            case NUMBER -> out.append(integer(node));
            default -> throw new IllegalArgumentException("unsupported JSON value");
        }
    }

    private static String integer(JsonNode number) {
        if (!number.isIntegralNumber() || number.bigIntegerValue().abs().compareTo(MAX_EXACT) > 0) {
            throw new IllegalArgumentException("only integers up to 2^53 are supported");
        }
        return number.bigIntegerValue().toString();
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
