package dev.stickerplatform.adapters.http;

import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stand-in policy until authentication exists: wallet-scoped requests are allowed (and logged, so the gap is
 * visible), admin requests are always refused. No header, such as {@code X-Wallet-Address}, is consulted: it
 * would prove nothing.
 */
public final class DevAccessPolicy implements AccessPolicy {
    static final String ADMIN_REFUSED = "admin endpoints need authentication, which is not configured";
    private static final Logger LOG = LoggerFactory.getLogger(DevAccessPolicy.class);

    @Override
    public void check(Context ctx, Access required) {
        switch (required) {
            case Access.Wallet wallet -> LOG.info("unauthenticated wallet access allowed (development policy): {} {} for {}",
                    ctx.method(), ctx.matchedPath(), wallet.wallet().shortForm());
            case Access.Admin admin -> throw AccessDeniedException.forbidden(ADMIN_REFUSED);
        }
    }
}
