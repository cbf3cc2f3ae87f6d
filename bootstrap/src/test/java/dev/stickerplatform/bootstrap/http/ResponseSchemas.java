package dev.stickerplatform.bootstrap.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The response schemas of {@code openapi.json}, read strictly: a body matches when it has every property its schema
 * declares (or, where the schema lists {@code required}, those), no property the schema does not declare, and
 * values of the declared types, enums, consts, patterns and date-times. So a field added to, renamed in or dropped
 * from a response without the document following fails the test — and so does a documented field nobody sends.
 * It knows the keywords the document uses ({@code $ref}, {@code type}, {@code properties}, {@code required},
 * {@code items}, {@code anyOf}, {@code enum}, {@code const}, {@code pattern}, {@code minimum}, {@code format}).
 */
final class ResponseSchemas {
    private static final String RESOURCE = "/dev/stickerplatform/adapters/http/openapi.json";
    private final JsonNode document;

    private ResponseSchemas(JsonNode document) {
        this.document = document;
    }

    static ResponseSchemas load() {
        try (InputStream in = ResponseSchemas.class.getResourceAsStream(RESOURCE)) {
            return new ResponseSchemas(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every documented operation, as "METHOD /template". */
    Set<String> operations() {
        Set<String> operations = new HashSet<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(
                method -> operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        return operations;
    }

    /** What is wrong with this response of {@code method template} (empty: it matches its documented schema). */
    List<String> problems(String method, String template, int status, String contentType, JsonNode body) {
        JsonNode operation = document.path("paths").path(template).path(method.toLowerCase(Locale.ROOT));
        if (operation.isMissingNode()) {
            return List.of("undocumented operation " + method + " " + template);
        }
        JsonNode responses = operation.path("responses");
        JsonNode response = responses.has(String.valueOf(status)) ? responses.get(String.valueOf(status))
                : responses.path("default");
        if (response.isMissingNode()) {
            return List.of("undocumented status " + status);
        }
        response = resolve(response);
        String type = contentType == null ? "" : contentType.split(";")[0].strip();
        JsonNode media = response.path("content").path(type);
        if (media.isMissingNode()) {
            return List.of("status " + status + " documents no " + type + " body (documented: "
                    + fieldNames(response.path("content")) + ")");
        }
        List<String> problems = new ArrayList<>();
        check(body, media.path("schema"), "$", problems);
        return problems;
    }

    private void check(JsonNode value, JsonNode schema, String at, List<String> problems) {
        schema = resolve(schema);
        if (schema.has("anyOf")) {
            List<String> first = null;
            for (JsonNode alternative : schema.get("anyOf")) {
                List<String> attempt = new ArrayList<>();
                check(value, alternative, at, attempt);
                if (attempt.isEmpty()) {
                    return;
                }
                first = first == null ? attempt : first;
            }
            problems.add(at + ": matches no alternative of anyOf (first: " + first + ")");
            return;
        }
        if (schema.has("const") && !schema.get("const").equals(value)) {
            problems.add(at + ": " + value + " is not the documented " + schema.get("const"));
        }
        if (schema.has("enum") && !contains(schema.get("enum"), value)) {
            problems.add(at + ": " + value + " is not one of " + schema.get("enum"));
        }
        if (schema.has("type") && !hasType(value, schema.get("type"))) {
            problems.add(at + ": " + kind(value) + " where the document says " + schema.get("type"));
            return;
        }
        if (value.isTextual() && schema.has("pattern")
                && !Pattern.compile(schema.get("pattern").asText()).matcher(value.asText()).find()) {
            problems.add(at + ": \"" + value.asText() + "\" does not match " + schema.get("pattern").asText());
        }
        if (value.isTextual() && "date-time".equals(schema.path("format").asText())) {
            try {
                OffsetDateTime.parse(value.asText());
            } catch (DateTimeParseException e) {
                problems.add(at + ": \"" + value.asText() + "\" is not a date-time");
            }
        }
        if (value.isNumber() && schema.has("minimum") && value.decimalValue().compareTo(
                schema.get("minimum").decimalValue()) < 0) {
            problems.add(at + ": " + value + " is below the minimum " + schema.get("minimum"));
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(value.get(i), schema.get("items"), at + "[" + i + "]", problems);
            }
        }
        if (value.isObject() && schema.has("properties")) {
            JsonNode properties = schema.get("properties");
            for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!properties.has(name)) {
                    problems.add(at + "." + name + ": not in the document");
                } else {
                    check(value.get(name), properties.get(name), at + "." + name, problems);
                }
            }
            JsonNode required = schema.has("required") ? schema.get("required") : null;
            for (String name : fieldNames(properties)) {
                if (!value.has(name) && (required == null || contains(required, TextNode.valueOf(name)))) {
                    problems.add(at + "." + name + ": documented but not sent");
                }
            }
        }
    }

    private JsonNode resolve(JsonNode node) {
        while (node.has("$ref")) {
            String ref = node.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new IllegalArgumentException("external $ref " + ref);
            }
            node = document.at(ref.substring(1));
        }
        return node;
    }

    private static boolean hasType(JsonNode value, JsonNode type) {
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (hasType(value, one)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> throw new IllegalArgumentException("unknown type " + type);
        };
    }

    private static String kind(JsonNode value) {
        return value.isIntegralNumber() ? "integer " + value : value.getNodeType().name().toLowerCase(Locale.ROOT)
                + (value.isContainerNode() ? "" : " " + value);
    }

    private static boolean contains(JsonNode array, JsonNode value) {
        for (JsonNode item : array) {
            if (item.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
