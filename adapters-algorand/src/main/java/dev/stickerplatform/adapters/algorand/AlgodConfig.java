package dev.stickerplatform.adapters.algorand;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How {@link AlgodChain} reaches an algod node.
 *
 * @param url            base URL of algod's REST API, without {@code /v2}: {@code http://localhost:4001} for AlgoKit
 *                       LocalNet, a provider's endpoint such as {@code https://testnet-api.4160.nodely.dev} for
 *                       TestNet; a path prefix (for a gateway) is kept
 * @param token          the API token; empty for public endpoints that need none (then no token header is sent).
 *                       Never logged: {@link #toString()} masks it
 * @param tokenHeader    the header that carries the token: {@code X-Algo-API-Token} for algod itself, a gateway's
 *                       own name (for example {@code X-API-Key}) otherwise
 * @param requestTimeout connect, read and write timeout of one request; waiting for a new block has its own
 *                       deadline (the one given to {@code awaitRoundAfter})
 * @param retryAttempts  attempts per call when the node is unreachable, times out or answers 5xx/429 (at least 1;
 *                       then {@code ChainUnavailableException})
 * @param retryBackoff   pause before the second attempt, doubled before each further one (zero: retry at once)
 */
public record AlgodConfig(URI url, String token, String tokenHeader, Duration requestTimeout, int retryAttempts,
                          Duration retryBackoff) {
    /** algod's own token header. */
    public static final String ALGOD_TOKEN_HEADER = "X-Algo-API-Token";
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    private static final int DEFAULT_ATTEMPTS = 4;
    private static final Duration DEFAULT_BACKOFF = Duration.ofMillis(250);

    public AlgodConfig {
        Objects.requireNonNull(url, "url");
        if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme()) || url.getHost() == null) {
            throw new IllegalArgumentException("algod url must be http(s)://host[:port][/prefix], got " + url);
        }
        Objects.requireNonNull(token, "token (empty when the endpoint needs none)");
        if (tokenHeader == null || tokenHeader.isBlank()) {
            throw new IllegalArgumentException("the token header name is required");
        }
        if (requestTimeout == null || requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("the request timeout must be positive");
        }
        if (retryAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt per call");
        }
        if (retryBackoff == null || retryBackoff.isNegative()) {
            throw new IllegalArgumentException("the retry backoff must not be negative");
        }
    }

    /** {@code url} with {@code token} in algod's header, a 10 s request timeout and 4 attempts from 250 ms apart. */
    public static AlgodConfig of(String url, String token) {
        return new AlgodConfig(URI.create(url), token, ALGOD_TOKEN_HEADER, DEFAULT_TIMEOUT, DEFAULT_ATTEMPTS,
                DEFAULT_BACKOFF);
    }

    /** AlgoKit LocalNet's algod: {@code http://localhost:4001}, token 64 × "a" in {@code X-Algo-API-Token}. */
    public static AlgodConfig localnet() {
        return of("http://localhost:4001", "a".repeat(64));
    }

    public AlgodConfig withTokenHeader(String header) {
        return new AlgodConfig(url, token, header, requestTimeout, retryAttempts, retryBackoff);
    }

    public AlgodConfig withRequestTimeout(Duration timeout) {
        return new AlgodConfig(url, token, tokenHeader, timeout, retryAttempts, retryBackoff);
    }

    public AlgodConfig withRetries(int attempts, Duration backoff) {
        return new AlgodConfig(url, token, tokenHeader, requestTimeout, attempts, backoff);
    }

    /** Whether requests carry the token header at all. */
    public boolean sendsToken() {
        return !token.isEmpty();
    }

    /** The URL without user info or query, which may hold credentials: what messages and logs show. */
    public String endpoint() {
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        return url.getScheme() + "://" + url.getHost() + (url.getPort() == -1 ? "" : ":" + url.getPort()) + path;
    }

    /** The port algod listens on: the URL's, else the scheme's default. */
    int port() {
        return url.getPort() != -1 ? url.getPort() : "https".equals(url.getScheme()) ? 443 : 80;
    }

    @Override
    public String toString() {
        return "AlgodConfig[url=" + endpoint() + ", token=" + (token.isEmpty() ? "none" : "****") + ", tokenHeader="
                + tokenHeader + ", requestTimeout=" + requestTimeout + ", retryAttempts=" + retryAttempts
                + ", retryBackoff=" + retryBackoff + "]";
    }
}
