package dev.stickerplatform.adapters.http;

import dev.stickerplatform.domain.port.RateLimiter.Policy;
import java.time.Duration;
import java.util.Objects;

/**
 * The rate limit of each route class. Requests are counted per client and route class (never per path, so the
 * number of keys cannot grow with the wallets in URLs); the client is the signed-in wallet when the request
 * carries a valid token, its IP otherwise.
 *
 * @param register creator registration and upgrade: each one makes the platform deploy and fund a contract
 * @param faucet   the simulated faucet
 * @param writes   every other state-changing request
 * @param reads    read-only requests
 * @param auth     sign-in: challenges and their verification (each verification checks a signature)
 */
public record RateLimits(Policy register, Policy faucet, Policy writes, Policy reads, Policy auth) {
    /** 20 sign-in requests per minute unless said otherwise. */
    public static final Policy DEFAULT_AUTH = new Policy("auth", 20, Duration.ofMinutes(1));

    public RateLimits {
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(faucet, "faucet");
        Objects.requireNonNull(writes, "writes");
        Objects.requireNonNull(reads, "reads");
    }

    /** With the default sign-in limit. */
    public RateLimits(Policy register, Policy faucet, Policy writes, Policy reads) {
        this(register, faucet, writes, reads, DEFAULT_AUTH);
    }

    /** 5 registrations per hour, 3 faucet calls, 60 writes, 600 reads and 20 sign-in requests per minute. */
    public static RateLimits defaults() {
        return new RateLimits(new Policy("register", 5, Duration.ofHours(1)),
                new Policy("faucet", 3, Duration.ofMinutes(1)),
                new Policy("writes", 60, Duration.ofMinutes(1)),
                new Policy("reads", 600, Duration.ofMinutes(1)), DEFAULT_AUTH);
    }
}
