package dev.stickerplatform.adapters.http;

import dev.stickerplatform.domain.port.RateLimiter.Policy;
import java.time.Duration;
import java.util.Objects;

/**
 * The rate limit of each route class. Requests are counted per client IP and route class (never per path, so the
 * number of keys cannot grow with the wallets in URLs).
 *
 * @param register creator registration: each one makes the platform deploy and fund a contract
 * @param faucet   the simulated faucet
 * @param writes   every other state-changing request
 * @param reads    read-only requests
 */
public record RateLimits(Policy register, Policy faucet, Policy writes, Policy reads) {
    public RateLimits {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(faucet, "faucet");
        Objects.requireNonNull(writes, "writes");
        Objects.requireNonNull(reads, "reads");
    }

    /** 5 registrations per hour, 3 faucet calls per minute, 60 writes and 600 reads per minute. */
    public static RateLimits defaults() {
        return new RateLimits(new Policy("register", 5, Duration.ofHours(1)),
                new Policy("faucet", 3, Duration.ofMinutes(1)),
                new Policy("writes", 60, Duration.ofMinutes(1)),
                new Policy("reads", 600, Duration.ofMinutes(1)));
    }
}
