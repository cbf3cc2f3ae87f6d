package dev.stickerplatform.adapters.http;

import dev.stickerplatform.domain.model.Address;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * The one authorization hook: the route table calls it before every state-changing (and every admin) handler,
 * with the access the route declared. The API runs {@link dev.stickerplatform.adapters.http.auth.JwtAccessPolicy}
 * (bearer access tokens from wallet sign-in); tests may substitute their own.
 *
 * <p>Contract: returns normally when the request may proceed; otherwise throws {@link AccessDeniedException}
 * (401 when the caller is not authenticated, 403 when the caller may not do this). Implementations must never
 * trust identity claims the client can simply write, such as an {@code X-Wallet-Address} header.
 */
@FunctionalInterface
public interface AccessPolicy {
    void check(Context ctx, Access required);

    /**
     * The wallet this request is authenticated as (a valid token), or empty; rate limits then count per wallet
     * instead of per IP. Must never throw: an invalid token is simply "not authenticated" here.
     */
    default Optional<Address> authenticatedWallet(Context ctx) {
        return Optional.empty();
    }
}
