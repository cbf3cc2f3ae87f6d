package dev.stickerplatform.adapters.http.routes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stickerplatform.adapters.http.routing.RouteClass;
import dev.stickerplatform.adapters.http.routing.RouteTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * {@code GET /openapi.json}, the hand-written OpenAPI 3.1 description shipped as a resource (its {@code servers}
 * entry set to the public base URL), and {@code GET /docs}, a self-contained page listing its operations (no
 * scripts, no external resources).
 */
final class DocsRoutes implements RouteGroup {
    static final String RESOURCE = "/dev/stickerplatform/adapters/http/openapi.json";
    private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";

    private final byte[] openApi;
    private final String page;

    DocsRoutes(ObjectMapper json, String publicBaseUrl) {
        ObjectNode document = load(json);
        document.putArray("servers").addObject().put("url", publicBaseUrl);
        try {
            this.openApi = json.writeValueAsBytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.page = html(document);
    }

    static ObjectNode load(ObjectMapper json) {
        try (InputStream in = DocsRoutes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return (ObjectNode) json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void register(RouteTable routes) {
        routes.get("/openapi.json", RouteClass.READ, ctx -> ctx.contentType("application/json").result(openApi));
        routes.get("/docs", RouteClass.READ, ctx -> ctx.header("Content-Security-Policy", CSP)
                .contentType("text/html; charset=utf-8").result(page));
    }

    private static String html(JsonNode document) {
        StringBuilder rows = new StringBuilder();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                rows.append("<tr><td class=m>").append(escape(op.getKey().toUpperCase(java.util.Locale.ROOT)))
                        .append("</td><td><code>").append(escape(path.getKey())).append("</code></td><td>")
                        .append(escape(op.getValue().path("summary").asText())).append("</td><td>")
                        .append(escape(op.getValue().path("x-access").asText("open"))).append("</td></tr>\n");
            }
        }
        String title = escape(document.path("info").path("title").asText("API"));
        return "<!doctype html>\n<html lang=en><head><meta charset=utf-8><title>" + title + "</title>"
                + "<style>body{font:15px system-ui,sans-serif;margin:2em;max-width:70em}"
                + "table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.4em;"
                + "text-align:left;vertical-align:top}.m{font-weight:bold}</style></head><body>"
                + "<h1>" + title + "</h1><p>" + escape(document.path("info").path("description").asText())
                + "</p><p>Machine-readable description: <a href=\"/openapi.json\">/openapi.json</a> (OpenAPI 3.1)."
                + " Errors are <code>application/problem+json</code> (RFC 9457).</p>"
                + "<table><tr><th>Method</th><th>Path</th><th>Summary</th><th>Access</th></tr>\n" + rows
                + "</table></body></html>\n";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
