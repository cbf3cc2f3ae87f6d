package dev.stickerplatform.adapters.algorand;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.stickerplatform.adapters.algorand.devnet.AlgodNode;
import dev.stickerplatform.adapters.algorand.devnet.AlgodRoutes;
import dev.stickerplatform.adapters.algorand.devnet.AlgodWire.Reply;
import dev.stickerplatform.adapters.algorand.devnet.AlgodWire;
import dev.stickerplatform.adapters.algorand.simulated.SimulatedLedger;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local algod for tests: the JDK's HTTP server on 127.0.0.1, speaking algod's REST API in its wire formats
 * ({@link AlgodRoutes}) over a {@link SimulatedLedger}. It checks the API token, counts requests, and can be made to
 * misbehave: answer the next requests with an error status, answer them late, or go away and come back on the same
 * port.
 */
final class AlgodDouble implements AutoCloseable {
    static final String TOKEN = "a".repeat(64);

    final AlgodNode node;
    private final AlgodRoutes routes;
    private final AtomicInteger requests = new AtomicInteger();
    private final Map<String, AtomicInteger> requestsByRoute = new ConcurrentHashMap<>();
    private final Queue<Fault> faults = new ConcurrentLinkedQueue<>();
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private volatile HttpServer server;
    private int port;

    private record Fault(int status, String message, Duration delay) {
    }

    private AlgodDouble(SimulatedLedger ledger) {
        this.node = new AlgodNode(ledger);
        this.routes = new AlgodRoutes(node, () -> server != null);
    }

    /** A double on a free port over {@code ledger}, which must run TipProxy as {@link AlgodNode#newLedger()}. */
    static AlgodDouble start(SimulatedLedger ledger) {
        AlgodDouble algod = new AlgodDouble(ledger);
        algod.listen(0);
        return algod;
    }

    /** How a chain reaches this double: its URL and token, a short timeout and quick retries. */
    AlgodConfig config() {
        return new AlgodConfig(URI.create("http://127.0.0.1:" + port), TOKEN, AlgodConfig.ALGOD_TOKEN_HEADER,
                Duration.ofSeconds(2), 3, Duration.ofMillis(10));
    }

    SimulatedLedger ledger() {
        return node.ledger();
    }

    int requests() {
        return requests.get();
    }

    /** Requests so far to one route, named like {@code "GET /v2/blocks/{round}"}. */
    int requests(String route) {
        AtomicInteger count = requestsByRoute.get(route);
        return count == null ? 0 : count.get();
    }

    /** The next {@code times} requests get {@code status} with algod's error body carrying {@code message}. */
    void failNext(int times, int status, String message) {
        for (int i = 0; i < times; i++) {
            faults.add(new Fault(status, message, Duration.ZERO));
        }
    }

    /** The next {@code times} requests are carried out at once but answered only after {@code delay}. */
    void delayNext(int times, Duration delay) {
        for (int i = 0; i < times; i++) {
            faults.add(new Fault(0, null, delay));
        }
    }

    /** The node goes away: connections are refused until {@link #restart()}. */
    void stop() {
        HttpServer running = server;
        server = null;
        if (running != null) {
            running.stop(0);
        }
    }

    /** The node comes back on the same port. */
    void restart() {
        listen(port);
    }

    @Override
    public void close() {
        stop();
        executor.shutdownNow();
    }

    private void listen(int wantedPort) {
        for (int attempt = 1; ; attempt++) {
            try {
                HttpServer created = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(),
                        wantedPort), 64);
                created.setExecutor(executor);
                created.createContext("/", this::handle);
                created.start();
                port = created.getAddress().getPort();
                server = created;
                return;
            } catch (BindException e) {
                if (attempt == 50) {
                    throw new IllegalStateException("cannot listen on port " + wantedPort, e);
                }
                sleep(Duration.ofMillis(20));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            requests.incrementAndGet();
            String path = exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getQuery();
            requestsByRoute.computeIfAbsent(exchange.getRequestMethod() + " " + AlgodRoutes.routeOf(path),
                    r -> new AtomicInteger()).incrementAndGet();
            Reply reply;
            Fault fault = faults.poll();
            if (!TOKEN.equals(exchange.getRequestHeaders().getFirst(AlgodConfig.ALGOD_TOKEN_HEADER))) {
                reply = AlgodWire.error(401, "Invalid API Token");
            } else if (fault != null && fault.status() != 0) {
                reply = AlgodWire.error(fault.status(), fault.message());
            } else {
                reply = routes.answer(exchange.getRequestMethod(), path, query == null ? "" : query, body);
            }
            if (fault != null && fault.delay().isPositive()) {
                sleep(fault.delay());
            }
            send(exchange, reply);
        } catch (IOException e) {
            // the client went away (timed out): nothing left to answer
        }
    }

    private static void send(HttpExchange exchange, Reply reply) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(reply.body());
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
