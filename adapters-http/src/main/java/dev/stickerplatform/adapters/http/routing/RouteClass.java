package dev.stickerplatform.adapters.http.routing;

import dev.stickerplatform.adapters.http.RateLimits;
import dev.stickerplatform.domain.port.RateLimiter.Policy;

/** Which rate limit a route counts against. */
public enum RouteClass {
    /** Sign-in: challenges and their verification. */
    AUTH,
    REGISTER,
    FAUCET,
    WRITE,
    READ;

    public Policy policy(RateLimits limits) {
        return switch (this) {
            case AUTH -> limits.auth();
            case REGISTER -> limits.register();
            case FAUCET -> limits.faucet();
            case WRITE -> limits.writes();
            case READ -> limits.reads();
        };
    }
}
