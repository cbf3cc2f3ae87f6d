package dev.stickerplatform.adapters.http.routes;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stickerplatform.adapters.http.server.RouteClass;
import dev.stickerplatform.adapters.http.server.RouteTable;
import dev.stickerplatform.adapters.http.web.WebApp;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /openapi.json}, the hand-written OpenAPI 3.1 description shipped as a resource (its {@code servers}
 * entry set to the public base URL), and {@code GET /docs}, the interactive API explorer (Swagger UI, built into
 * the jar by the web build; scripts from this origin only).
 */
final class DocsRoutes implements RouteGroup {
    static final String RESOURCE = "/dev/stickerplatform/adapters/http/openapi.json";
    /** Without the web build (a bare IDE run) there is no explorer: a plain page points to the document. */
    private static final byte[] NOT_BUILT = """
            <!doctype html><html lang=en><head><meta charset=utf-8><title>API</title></head><body>
            <p>The API explorer is not built into this copy (run the Maven build). The API is described by
            <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1).</p></body></html>
            """.getBytes(StandardCharsets.UTF_8);

    private final byte[] openApi;
    private final byte[] page;

    DocsRoutes(ObjectMapper json, String publicBaseUrl) {
        ObjectNode document = load(json);
        document.putArray("servers").addObject().put("url", publicBaseUrl);
        try {
            this.openApi = json.writeValueAsBytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.page = WebApp.page("docs.html").orElse(NOT_BUILT);
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
        routes.get("/docs", RouteClass.READ, ctx -> ctx.header("Content-Security-Policy", WebApp.DOCS_POLICY)
                .contentType("text/html; charset=utf-8").result(page));
    }
}
