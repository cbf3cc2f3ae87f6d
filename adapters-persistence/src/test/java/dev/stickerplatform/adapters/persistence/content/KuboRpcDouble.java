package dev.stickerplatform.adapters.persistence.content;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A Kubo RPC node as its published API describes it: every command is a POST under {@code /api/v0} (GET is 405);
 * {@code add} takes the file as {@code multipart/form-data} and answers one JSON line
 * {@code {"Name","Hash","Size"}}, pinning unless {@code pin=false}; the CID is CIDv1 with raw leaves when
 * {@code cid-version=1}, and a CIDv0 ({@code Qm…}) otherwise, as Kubo's default is; {@code pin/add},
 * {@code pin/rm} answer {@code {"Pins":[cid]}}; {@code pin/ls} {@code {"Keys":{cid:{"Type"}}}} or "is not pinned"; {@code cat} answers the bytes; errors are HTTP 500 with
 * {@code {"Message","Code":0,"Type":"error"}} (400 with Code 1 for a missing argument). Optionally requires an
 * {@code Authorization} header (as a proxy in front would: 401). Thread-safe.
 */
public final class KuboRpcDouble extends HttpDouble {
    private final Map<String, byte[]> blocks = new ConcurrentHashMap<>();
    private final Set<String> pins = ConcurrentHashMap.newKeySet();
    private volatile String requiredAuthorization;
    private volatile String cidOverride;

    /** Requests without exactly this {@code Authorization} header are 401. */
    public KuboRpcDouble requireAuthorization(String value) {
        requiredAuthorization = value;
        return this;
    }

    /** Answers {@code add} with this CID whatever the bytes (a node with other settings); null: the real one. */
    public void answerAddWith(String cid) {
        cidOverride = cid;
    }

    public boolean isPinned(String cid) {
        return pins.contains(cid);
    }

    public int pinCount() {
        return pins.size();
    }

    @Override
    protected void handle(HttpExchange exchange, String path, Map<String, String> query, byte[] body)
            throws IOException {
        String auth = requiredAuthorization;
        if (auth != null && !auth.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            send(exchange, 401, "text/plain", "401 Unauthorized".getBytes());
            return;
        }
        if (!exchange.getRequestMethod().equals("POST")) {
            send(exchange, 405, "text/plain", "405 - Method Not Allowed".getBytes());
            return;
        }
        switch (path) {
            case "/api/v0/add" -> add(exchange, query, body);
            case "/api/v0/pin/add" -> withArg(exchange, query, cid -> {
                if (!blocks.containsKey(cid)) {
                    error(exchange, "block was not found locally (offline): ipld: could not find " + cid);
                    return;
                }
                pins.add(cid);
                json(exchange, 200, "{\"Pins\":[\"" + cid + "\"]}");
            });
            case "/api/v0/pin/rm" -> withArg(exchange, query, cid -> {
                if (!pins.remove(cid)) {
                    error(exchange, "not pinned or pinned indirectly");
                    return;
                }
                json(exchange, 200, "{\"Pins\":[\"" + cid + "\"]}");
            });
            case "/api/v0/pin/ls" -> withArg(exchange, query, cid -> {
                if (!pins.contains(cid)) {
                    error(exchange, "path '" + cid + "' is not pinned");
                    return;
                }
                json(exchange, 200, "{\"Keys\":{\"" + cid + "\":{\"Type\":\"recursive\"}}}");
            });
            case "/api/v0/cat" -> withArg(exchange, query, cid -> {
                byte[] bytes = blocks.get(cid);
                if (bytes == null) {
                    error(exchange, "block was not found locally (offline): ipld: could not find " + cid);
                    return;
                }
                send(exchange, 200, "text/plain", bytes);
            });
            default -> json(exchange, 404, "{\"Message\":\"404 page not found\",\"Code\":0,\"Type\":\"error\"}");
        }
    }

    private void add(HttpExchange exchange, Map<String, String> query, byte[] body) throws IOException {
        MultipartForm form = MultipartForm.parse(exchange.getRequestHeaders().getFirst("Content-Type"), body);
        MultipartForm.Part file = form == null ? null : form.parts().values().stream()
                .filter(p -> p.fileName() != null).findFirst().orElse(null);
        if (file == null) {
            json(exchange, 400, "{\"Message\":\"file argument 'path' is required\",\"Code\":1,\"Type\":\"error\"}");
            return;
        }
        boolean v1 = "1".equals(query.get("cid-version"));
        String cid = cidOverride != null ? cidOverride : v1 ? UnixFsCid.of(file.bytes())
                : "Qm" + UnixFsCid.raw(file.bytes()).substring(10, 54);
        blocks.put(cid, file.bytes());
        if (!"false".equals(query.get("pin"))) {
            pins.add(cid);
        }
        json(exchange, 200, "{\"Name\":\"" + file.fileName() + "\",\"Hash\":\"" + cid + "\",\"Size\":\""
                + file.bytes().length + "\"}\n");
    }

    private static void error(HttpExchange exchange, String message) throws IOException {
        json(exchange, 500, "{\"Message\":\"" + message + "\",\"Code\":0,\"Type\":\"error\"}");
    }

    private static void withArg(HttpExchange exchange, Map<String, String> query, ArgHandler handler)
            throws IOException {
        String arg = query.get("arg");
        if (arg == null || arg.isEmpty()) {
            json(exchange, 400, "{\"Message\":\"argument \\\"ipfs-path\\\" is required\",\"Code\":1,"
                    + "\"Type\":\"error\"}");
            return;
        }
        handler.handle(arg);
    }

    private interface ArgHandler {
        void handle(String arg) throws IOException;
    }
}
