package dev.stickerplatform.adapters.http.resources;

import dev.stickerplatform.application.network.HealthService;
import java.time.Instant;

/** The server's health; {@code listenerHealthy} is null when the listener does not run in this process. */
public record HealthJson(String status, String network, boolean simulationMode, boolean algorandConnected,
                         Long lastRound, boolean storeConnected, Boolean listenerHealthy, Instant timestamp) {

    public static HealthJson of(boolean healthy, String network, boolean simulationMode, HealthService.Health health,
                                Boolean listenerHealthy) {
        return new HealthJson(healthy ? "healthy" : "unhealthy", network, simulationMode, health.chainReachable(),
                health.chainRound() == null ? null : health.chainRound().value(), health.storeReachable(),
                listenerHealthy, health.checkedAt());
    }
}
