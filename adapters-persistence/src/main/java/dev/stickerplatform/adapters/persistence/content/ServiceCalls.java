package dev.stickerplatform.adapters.persistence.content;

import dev.stickerplatform.domain.port.ContentStoreUnavailableException;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Sends requests to a pinning service; a failure to reach it is {@link ContentStoreUnavailableException}. */
final class ServiceCalls {
    private final HttpClient client;
    private final String service;

    ServiceCalls(String service, Duration connectTimeout) {
        this.service = service;
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
    }

    HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new ContentStoreUnavailableException(service + " cannot be reached: " + e.getClass().getSimpleName(),
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ContentStoreUnavailableException(service + ": interrupted", e);
        }
    }

    /** The service answered with an error: said with its status and the first 200 characters of its body. */
    ContentStoreUnavailableException refused(String what, HttpResponse<byte[]> response) {
        String body = new String(response.body(), StandardCharsets.UTF_8).strip();
        return new ContentStoreUnavailableException(service + " refused " + what + ": HTTP " + response.statusCode()
                + (body.isEmpty() ? "" : " " + body.substring(0, Math.min(200, body.length()))));
    }
}
