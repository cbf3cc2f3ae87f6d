package dev.stickerplatform.bootstrap.config;

import java.util.List;

/**
 * The HTTP API: {@code HOST} (default 0.0.0.0), {@code PORT} (default 8000), {@code PUBLIC_BASE_URL} (default
 * {@code http://localhost:<PORT>}), {@code CORS_ORIGINS}, {@code MAX_BODY_BYTES} (default 16 KiB) and
 * {@code SIMULATION_MODE} (default on for the simulated network only: the simulation routes answer).
 */
public record HttpSettings(String host, int port, String publicBaseUrl, List<String> corsOrigins, long maxBodyBytes,
                           boolean simulationMode) {
    public HttpSettings {
        corsOrigins = List.copyOf(corsOrigins);
    }

    static HttpSettings fromEnv(Env env, Network network) {
        int port = env.integer("PORT", 8000, 0, 65535);
        return new HttpSettings(env.string("HOST", "0.0.0.0"), port,
                env.string("PUBLIC_BASE_URL", "http://localhost:" + port),
                env.list("CORS_ORIGINS", "http://localhost:3000,http://127.0.0.1:3000,http://localhost:8080"),
                env.longValue("MAX_BODY_BYTES", 16L * 1024, 1024),
                env.bool("SIMULATION_MODE", network == Network.SIMULATED));
    }

    public HttpSettings withPort(int newPort) {
        return new HttpSettings(host, newPort, publicBaseUrl, corsOrigins, maxBodyBytes, simulationMode);
    }
}
