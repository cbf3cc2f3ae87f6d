package dev.stickerplatform.adapters.http.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An RFC 9457 problem: {@code type}, {@code title}, {@code status}, {@code detail}, plus {@code errors} for
 * validation problems and optional extension members (e.g. the {@code assetId} a fan must opt in to).
 */
public record Problem(ProblemType type, int status, String detail, List<FieldError> errors,
                      Map<String, Object> extensions) {
    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(detail, "detail");
        errors = List.copyOf(errors);
        extensions = Map.copyOf(extensions);
    }

    public static Problem of(ProblemType type, String detail) {
        return new Problem(type, type.status(), detail, List.of(), Map.of());
    }

    /** A 400 validation problem listing the invalid fields. */
    public static Problem invalid(List<FieldError> errors) {
        String detail = errors.size() == 1 ? errors.getFirst().field() + ": " + errors.getFirst().message()
                : "The request has " + errors.size() + " invalid fields.";
        return new Problem(ProblemType.VALIDATION, 400, detail, errors, Map.of());
    }

    public Problem withExtension(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(extensions);
        more.put(name, value);
        return new Problem(type, status, detail, errors, more);
    }

    /** The JSON members, in the order RFC 9457 lists them. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", type.uri());
        json.put("title", type.title());
        json.put("status", status);
        json.put("detail", detail);
        if (!errors.isEmpty()) {
            json.put("errors", errors);
        }
        extensions.forEach(json::putIfAbsent);
        return json;
    }
}
