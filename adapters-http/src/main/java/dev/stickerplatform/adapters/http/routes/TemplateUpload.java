package dev.stickerplatform.adapters.http.routes;

import dev.stickerplatform.adapters.http.problem.ProblemException;
import dev.stickerplatform.adapters.http.problem.ProblemType;
import dev.stickerplatform.domain.policy.TemplateRules;
import io.javalin.http.Context;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the multipart form of a template upload as a stream, with hard limits: Jetty refuses the body once it
 * passes {@link #MAX_REQUEST_BYTES} or the image passes {@link TemplateRules#MAX_IMAGE_BYTES} (413), parts larger
 * than {@link #IN_MEMORY_BYTES} are spooled to a temporary file rather than held in memory, and text fields are
 * capped at {@link #MAX_FIELD_BYTES}. Only an image within the limit is ever read into memory.
 */
final class TemplateUpload {
    static final long MAX_REQUEST_BYTES = TemplateRules.MAX_IMAGE_BYTES + 64 * 1024;
    static final int IN_MEMORY_BYTES = 64 * 1024;
    static final int MAX_FIELD_BYTES = 4 * 1024;
    private static final String JETTY_MULTIPART_CONFIG = "org.eclipse.jetty.multipartConfig";

    private TemplateUpload() {
    }

    /** The form: text fields by name (snake_case and camelCase both accepted) and the image bytes (or null). */
    record Form(Map<String, String> fields, byte[] image) {
        String field(String snake, String camel) {
            return fields.containsKey(snake) ? fields.get(snake) : fields.get(camel);
        }
    }

    static Form read(Context ctx) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            throw ProblemException.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, "The upload must be multipart/form-data.");
        }
        ctx.req().setAttribute(JETTY_MULTIPART_CONFIG, new MultipartConfigElement(
                System.getProperty("java.io.tmpdir"), TemplateRules.MAX_IMAGE_BYTES, MAX_REQUEST_BYTES,
                IN_MEMORY_BYTES));
        Map<String, String> fields = new HashMap<>();
        byte[] image = null;
        for (Part part : parts(ctx)) {
            if (part.getSubmittedFileName() != null || part.getName().equals("image")) {
                if (part.getName().equals("image")) {
                    image = bytes(part, TemplateRules.MAX_IMAGE_BYTES, "image");
                }
            } else {
                fields.putIfAbsent(part.getName(),
                        new String(bytes(part, MAX_FIELD_BYTES, part.getName()), StandardCharsets.UTF_8));
            }
        }
        return new Form(fields, image);
    }

    private static Collection<Part> parts(Context ctx) {
        try {
            return ctx.req().getParts();
        } catch (IllegalStateException e) {
            throw tooLarge();
        } catch (IOException | ServletException e) {
            if (e.getCause() instanceof IllegalStateException) {
                throw tooLarge();
            }
            throw ProblemException.invalid("body", "is not a valid multipart/form-data body");
        }
    }

    private static byte[] bytes(Part part, int limit, String field) {
        if (part.getSize() > limit) {
            throw field.equals("image") ? tooLarge() : ProblemException.invalid(field, "is too long");
        }
        try (InputStream in = part.getInputStream()) {
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                throw field.equals("image") ? tooLarge() : ProblemException.invalid(field, "is too long");
            }
            return bytes;
        } catch (IOException e) {
            throw ProblemException.invalid(field, "could not be read");
        }
    }

    private static ProblemException tooLarge() {
        return ProblemException.of(ProblemType.TOO_LARGE, "The image must be at most 5 MB ("
                + TemplateRules.MAX_IMAGE_BYTES + " bytes).");
    }
}
