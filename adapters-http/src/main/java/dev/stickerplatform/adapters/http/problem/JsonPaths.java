package dev.stickerplatform.adapters.http.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.Collection;

/** Names the JSON field a Jackson error is about ({@code signedTxns[2]}) and says in words what type it wanted. */
final class JsonPaths {
    private JsonPaths() {
    }

    static String of(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    static FieldError typeError(MismatchedInputException e) {
        String field = of(e);
        if (field.equals("body")) {
            return new FieldError("body", "must be a JSON object");
        }
        return new FieldError(field, expected(e.getTargetType()));
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "has the wrong type";
        }
        if (type == String.class) {
            return "must be a string";
        }
        if (type == long.class || type == Long.class || type == int.class || type == Integer.class) {
            return "must be an integer";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "must be true or false";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "must be a list";
        }
        if (type.isRecord()) {
            return "must be an object";
        }
        return "has the wrong type";
    }
}
