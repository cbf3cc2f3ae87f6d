package dev.stickerplatform.adapters.http.server;

import java.util.Objects;

/**
 * One registered route as the catalog lists it: method, Javalin path, rate-limit class, declared access
 * ({@link AccessRule#describe()}) and the largest request body it accepts ({@link BodyLimit}).
 */
public record RouteSpec(String method, String path, RouteClass routeClass, String access, long maxBodyBytes) {
    public RouteSpec {
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("maxBodyBytes must be positive");
        }
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
