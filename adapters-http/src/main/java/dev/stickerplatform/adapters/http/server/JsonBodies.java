package dev.stickerplatform.adapters.http.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stickerplatform.adapters.http.problem.ProblemException;
import dev.stickerplatform.adapters.http.problem.ProblemType;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Reads a JSON request body into a request record. The body is read with the route's size limit as a hard stop
 * (413 beyond it, whether or not the client sent a {@code Content-Length}), before any of it is parsed; a
 * non-JSON content type is 415, an empty body 400, and Jackson's errors go to the problem mapper, which names the
 * offending field.
 */
public final class JsonBodies {
    private final ObjectMapper json;

    public JsonBodies(ObjectMapper json) {
        this.json = json;
    }

    public <B> B read(Context ctx, Class<B> type, long maxBytes) throws IOException {
        String contentType = ctx.contentType();
        if (contentType != null && !contentType.toLowerCase(Locale.ROOT).contains("json")) {
            throw ProblemException.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, "The request body must be application/json.");
        }
        byte[] bytes = boundedBody(ctx, maxBytes);
        if (isBlank(bytes)) {
            throw ProblemException.invalid("body", "is required (a JSON object)");
        }
        B body = json.readValue(bytes, type);
        if (body == null) {
            throw ProblemException.invalid("body", "must be a JSON object");
        }
        return body;
    }

    /** The 413 of a body larger than {@code maxBytes}. */
    public static ProblemException tooLarge(long maxBytes) {
        return ProblemException.of(ProblemType.TOO_LARGE,
                "The request body is larger than this route's limit of " + maxBytes + " bytes.");
    }

    private static byte[] boundedBody(Context ctx, long maxBytes) throws IOException {
        int limit = (int) Math.min(Integer.MAX_VALUE - 1, maxBytes);
        byte[] bytes;
        try (InputStream in = ctx.req().getInputStream()) {
            bytes = in.readNBytes(limit + 1);
        }
        if (bytes.length > limit) {
            throw tooLarge(maxBytes);
        }
        return bytes;
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
