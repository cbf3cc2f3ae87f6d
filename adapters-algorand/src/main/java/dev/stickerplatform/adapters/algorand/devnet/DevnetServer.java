package dev.stickerplatform.adapters.algorand.devnet;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.stickerplatform.adapters.algorand.devnet.AlgodWire.Reply;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The devnet's HTTP side: the JDK's HTTP server (keep-alive, TCP_NODELAY) on one address, checking algod's API token
 * ({@code X-Algo-API-Token}, or {@code Authorization: Bearer} as algod also accepts) and answering through
 * {@link AlgodRoutes}, one virtual thread per request.
 */
final class DevnetServer implements AutoCloseable {
    static final String TOKEN_HEADER = "X-Algo-API-Token";

    static {
        // answers are small and latency matters more than packet count (the JDK server reads this once)
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final AlgodRoutes routes;
    private final String token;
    private volatile boolean running = true;

    private DevnetServer(HttpServer server, ExecutorService executor, AlgodNode node, String token) {
        this.server = server;
        this.executor = executor;
        this.token = token;
        this.routes = new AlgodRoutes(node, () -> running);
    }

    static DevnetServer start(AlgodNode node, InetAddress host, int port, String token) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(host, port), 256);
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        DevnetServer server = new DevnetServer(http, executor, node, token);
        http.setExecutor(executor);
        http.createContext("/", server::handle);
        http.start();
        return server;
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getRawQuery();
            Reply reply;
            if (!authorized(exchange, path)) {
                reply = AlgodWire.error(401, "Invalid API Token");
            } else {
                reply = routes.answer(exchange.getRequestMethod(), path, query == null ? "" : query, body);
            }
            send(exchange, reply);
        } catch (IOException e) {
            // the client went away: nothing left to answer
        }
    }

    /** algod leaves {@code /health}, {@code /ready}, {@code /genesis} and {@code /versions} open. */
    private boolean authorized(HttpExchange exchange, String path) {
        if (path.equals("/health") || path.equals("/ready") || path.equals("/genesis") || path.equals("/versions")) {
            return true;
        }
        String header = exchange.getRequestHeaders().getFirst(TOKEN_HEADER);
        if (header == null) {
            String bearer = exchange.getRequestHeaders().getFirst("Authorization");
            header = bearer != null && bearer.startsWith("Bearer ") ? bearer.substring(7) : null;
        }
        return token.equals(header);
    }

    private static void send(HttpExchange exchange, Reply reply) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(reply.status(), head || reply.body().length == 0 ? -1 : reply.body().length);
        if (!head && reply.body().length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply.body());
            }
        }
    }

    @Override
    public void close() {
        running = false;
        server.stop(0);
        executor.shutdownNow();
    }
}
