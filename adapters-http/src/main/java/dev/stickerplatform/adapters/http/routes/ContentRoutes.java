package dev.stickerplatform.adapters.http.routes;

import dev.stickerplatform.adapters.http.problem.ProblemException;
import dev.stickerplatform.adapters.http.server.RouteClass;
import dev.stickerplatform.adapters.http.server.RouteTable;
import dev.stickerplatform.application.template.GetContentService;

/**
 * {@code GET /ipfs/{cid}}: the platform as the gateway of its own content store. Content is addressed by its hash,
 * so it is cached for good; its type is the one detected at upload, never sniffed by the browser.
 */
final class ContentRoutes implements RouteGroup {
    private final GetContentService content;

    ContentRoutes(GetContentService content) {
        this.content = content;
    }

    @Override
    public void register(RouteTable routes) {
        routes.get("/ipfs/{cid}", RouteClass.READ, ctx -> {
            switch (content.get(ctx.pathParam("cid"))) {
                case GetContentService.Result.Found found -> {
                    // binary content: no charset (the server adds UTF-8 to every type unless told otherwise)
                    ctx.res().setCharacterEncoding(null);
                    ctx.res().setHeader("Content-Type", found.mimeType());
                    ctx.header("X-Content-Type-Options", "nosniff")
                            .header("Content-Security-Policy", "default-src 'none'")
                            .header("Cache-Control", "public, max-age=31536000, immutable")
                            .result(found.bytes());
                }
                case GetContentService.Result.NotFound notFound ->
                        throw ProblemException.notFound("No content with that CID.");
            }
        });
    }
}
