package dev.stickerplatform.adapters.http.routing;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stickerplatform.adapters.http.problem.ProblemException;
import dev.stickerplatform.adapters.http.problem.ProblemType;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Locale;

/**
 * Reads a JSON request body into a request record. The body is read with Javalin's size limit (413 beyond it);
 * a non-JSON content type is 415, an empty body 400, and Jackson's errors go to the problem mapper, which names
 * the offending field.
 */
public final class JsonBodies {
    private final ObjectMapper json;

    public JsonBodies(ObjectMapper json) {
        this.json = json;
    }

    public <B> B read(Context ctx, Class<B> type) throws IOException {
        String contentType = ctx.contentType();
        if (contentType != null && !contentType.toLowerCase(Locale.ROOT).contains("json")) {
            throw ProblemException.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, "The request body must be application/json.");
        }
        byte[] bytes = ctx.bodyAsBytes();
        if (isBlank(bytes)) {
            throw ProblemException.invalid("body", "is required (a JSON object)");
        }
        B body = json.readValue(bytes, type);
        if (body == null) {
            throw ProblemException.invalid("body", "must be a JSON object");
        }
        return body;
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }
}
