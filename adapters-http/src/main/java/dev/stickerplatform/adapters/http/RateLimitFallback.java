package dev.stickerplatform.adapters.http;

import dev.stickerplatform.adapters.http.server.RouteClass;
import dev.stickerplatform.domain.port.RateLimiter;
import java.util.EnumSet;
import java.util.Set;

/**
 * What rate limiting does while the shared limiter (Redis) is down. Route classes in {@code toLocal} are counted
 * by {@code local}, this process's own limiter (so each process allows the limit on its own); every other class
 * fails closed with 503, because an outage must not open the expensive routes to floods. Without a local limiter
 * the classes in {@code toLocal} are let through uncounted.
 *
 * @param local   this process's limiter, or null
 * @param toLocal the route classes that fall back instead of failing closed
 */
public record RateLimitFallback(RateLimiter local, Set<RouteClass> toLocal) {
    public RateLimitFallback {
        toLocal = toLocal.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(toLocal));
    }

    /** Reads go through uncounted, everything else is refused: for a limiter that cannot fail anyway. */
    public static RateLimitFallback readsPassThrough() {
        return new RateLimitFallback(null, Set.of(RouteClass.READ));
    }

    public boolean fallsBack(RouteClass routeClass) {
        return toLocal.contains(routeClass);
    }
}
