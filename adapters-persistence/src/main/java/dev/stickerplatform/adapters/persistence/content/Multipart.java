package dev.stickerplatform.adapters.persistence.content;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A {@code multipart/form-data} body (RFC 7578), built part by part. */
final class Multipart {
    private final String boundary = "sticker-" + UUID.randomUUID();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    Multipart file(String field, String fileName, String mimeType, byte[] content) {
        head("Content-Disposition: form-data; name=\"" + field + "\"; filename=\"" + safe(fileName) + "\"\r\n"
                + "Content-Type: " + mimeType + "\r\n");
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        return this;
    }

    Multipart field(String field, String value) {
        head("Content-Disposition: form-data; name=\"" + field + "\"\r\n");
        body.writeBytes(value.getBytes(StandardCharsets.UTF_8));
        body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        return this;
    }

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.size() + 64);
        out.writeBytes(body.toByteArray());
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private void head(String headers) {
        body.writeBytes(("--" + boundary + "\r\n" + headers + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    /** A file name without quotes, line breaks or path separators, so it cannot break the part's header. */
    private static String safe(String name) {
        String cleaned = name == null ? "" : name.replaceAll("[\"\\\\/\\r\\n\\p{Cntrl}]", "_");
        return cleaned.isBlank() ? "content" : cleaned;
    }
}
