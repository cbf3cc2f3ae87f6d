package dev.stickerplatform.adapters.http.problem;

import java.util.Objects;

/** One invalid input: the request field (or path/query parameter) and what is wrong with it, in plain words. */
public record FieldError(String field, String message) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
