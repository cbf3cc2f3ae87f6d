package dev.stickerplatform.adapters.http.routing;

import java.util.Objects;

/**
 * One registered route as the catalog lists it: method, Javalin path, rate-limit class and declared access
 * ({@link AccessRule#describe()}).
 */
public record RouteSpec(String method, String path, RouteClass routeClass, String access) {
    public RouteSpec {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(routeClass, "routeClass");
        Objects.requireNonNull(access, "access");
    }

    /** Whether the route may change state (anything but GET). */
    public boolean isStateChanging() {
        return !method.equals("GET");
    }
}
