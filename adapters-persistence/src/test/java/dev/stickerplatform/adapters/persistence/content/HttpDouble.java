package dev.stickerplatform.adapters.persistence.content;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The base of the pinning service doubles: a JDK HTTP server on a free port of 127.0.0.1, a log of the requests
 * it received, and an outage switch (while down, every connection is closed without an answer, as a crashed
 * service behind a proxy would). Thread-safe.
 */
public abstract class HttpDouble implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile boolean down;

    protected HttpDouble() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            try (exchange) {
                requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
                if (down) {
                    return;
                }
                handle(exchange, exchange.getRequestURI().getRawPath(), query(exchange),
                        exchange.getRequestBody().readAllBytes());
            } catch (RuntimeException e) {
                send(exchange, 500, "text/plain", ("double failed: " + e).getBytes(StandardCharsets.UTF_8));
            }
        });
        server.setExecutor(executor);
        server.start();
    }

    protected abstract void handle(HttpExchange exchange, String path, Map<String, String> query, byte[] body)
            throws IOException;

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** While down, requests are dropped unanswered. */
    public void down(boolean value) {
        down = value;
    }

    /** "METHOD /path?query" of every request so far, in order. */
    public List<String> requests() {
        return new ArrayList<>(requests);
    }

    protected static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    protected static void json(HttpExchange exchange, int status, String json) throws IOException {
        send(exchange, status, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> values = new HashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] kv = pair.split("=", 2);
                values.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return values;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
