package dev.stickerplatform.adapters.http;

import io.javalin.http.Context;

/**
 * The one authorization hook: the route table calls it before every state-changing (and every admin) handler,
 * with the access the route declared. Authentication (JWT bearer tokens) will be an implementation of this
 * interface; until then {@link DevAccessPolicy} stands in.
 *
 * <p>Contract: returns normally when the request may proceed; otherwise throws {@link AccessDeniedException}
 * (401 when the caller is not authenticated, 403 when the caller may not do this). Implementations must never
 * trust identity claims the client can simply write, such as an {@code X-Wallet-Address} header.
 */
@FunctionalInterface
public interface AccessPolicy {
    void check(Context ctx, Access required);
}
