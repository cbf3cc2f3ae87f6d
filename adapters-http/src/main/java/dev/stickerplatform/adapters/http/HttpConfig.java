package dev.stickerplatform.adapters.http;

import java.util.List;
import java.util.Objects;

/**
 * How the HTTP server runs.
 *
 * @param host                where to bind (e.g. {@code 0.0.0.0}, or {@code 127.0.0.1} for tests)
 * @param port                TCP port; 0 picks a free one ({@link HttpServer#start()} returns it)
 * @param corsOrigins         origins allowed by CORS, exactly as browsers send them ({@code https://app.example});
 *                            {@code "*"} allows any origin (refused on mainnet by bootstrap)
 * @param maxRequestBodyBytes the largest JSON request body on routes that declare no limit of their own (larger
 *                            → 413, before parsing); see {@link dev.stickerplatform.adapters.http.server.BodyLimit}
 *                            for the routes that do (signed transactions, uploads, routes without a body)
 * @param trustedProxy        whether the server sits behind exactly one reverse proxy whose
 *                            {@code X-Forwarded-For} can be believed (used for the client IP of rate limits)
 * @param networkName         the chain network's name ({@code simulated}, {@code testnet}, ...), shown on /health
 * @param simulationMode      whether the test faucet ({@code POST /simulate/fund-wallet}) is on
 * @param publicBaseUrl       the URL clients reach the API at; the {@code servers} entry of /openapi.json
 */
public record HttpConfig(String host, int port, List<String> corsOrigins, long maxRequestBodyBytes,
                         boolean trustedProxy, String networkName, boolean simulationMode, String publicBaseUrl) {
    public HttpConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(networkName, "networkName");
        Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
        corsOrigins = List.copyOf(corsOrigins);
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0 to 65535");
        }
        if (maxRequestBodyBytes < 1024) {
            throw new IllegalArgumentException("maxRequestBodyBytes must be at least 1024");
        }
    }

    /** Defaults for tests and the embedded platform: loopback, random port, 16 KiB JSON bodies, simulated network. */
    public static HttpConfig localDefaults() {
        return new HttpConfig("127.0.0.1", 0, List.of(), 16 * 1024, false, "simulated", true,
                "http://127.0.0.1");
    }

    public HttpConfig withPort(int newPort) {
        return new HttpConfig(host, newPort, corsOrigins, maxRequestBodyBytes, trustedProxy, networkName,
                simulationMode, publicBaseUrl);
    }

    public HttpConfig withSimulationMode(boolean enabled) {
        return new HttpConfig(host, port, corsOrigins, maxRequestBodyBytes, trustedProxy, networkName, enabled,
                publicBaseUrl);
    }

    public HttpConfig withCorsOrigins(List<String> origins) {
        return new HttpConfig(host, port, origins, maxRequestBodyBytes, trustedProxy, networkName, simulationMode,
                publicBaseUrl);
    }
}
