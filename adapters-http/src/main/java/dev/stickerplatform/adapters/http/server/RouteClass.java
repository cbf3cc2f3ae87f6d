package dev.stickerplatform.adapters.http.server;

import dev.stickerplatform.adapters.http.RateLimits;
import dev.stickerplatform.domain.port.RateLimiter.Policy;

/** Which rate limit a route counts against. */
public enum RouteClass {
    /** Sign-in: challenges and their verification. */
    AUTH,
    /** Creator registration and upgrade: each deploys and funds a TipProxy. */
    REGISTER,
    FAUCET,
    WRITE,
    READ;

    /**
     * Whether the platform spends ALGO or a signature check on each request (sign-in, registration and upgrade,
     * faucet): such requests are counted per client IP as well as per wallet.
     */
    public boolean spends() {
        return this == AUTH || this == REGISTER || this == FAUCET;
    }

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
