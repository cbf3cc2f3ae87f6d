package dev.stickerplatform.adapters.http.routes;

import dev.stickerplatform.adapters.http.server.RouteTable;

/** A feature's routes, added to the server's one route table. */
public interface RouteGroup {
    void register(RouteTable routes);
}
