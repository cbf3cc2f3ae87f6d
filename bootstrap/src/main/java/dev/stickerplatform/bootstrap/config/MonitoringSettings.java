package dev.stickerplatform.bootstrap.config;

import java.time.Duration;

/**
 * The listener watchdog, {@code LISTENER_RESTART_AFTER_MS} (default three listener poll timeouts: how old the
 * listener's heartbeat may get before the watchdog restarts it), and {@code METRICS_TOKEN}, the bearer token
 * {@code /metrics} asks for (unset: none).
 */
public record MonitoringSettings(Duration listenerRestartAfter, String metricsToken) {
    public MonitoringSettings {
        if (listenerRestartAfter == null || listenerRestartAfter.isNegative() || listenerRestartAfter.isZero()) {
            throw new IllegalArgumentException("listenerRestartAfter must be positive");
        }
    }

    static MonitoringSettings fromEnv(Env env, Duration listenerPollTimeout) {
        return new MonitoringSettings(env.millis("LISTENER_RESTART_AFTER_MS", listenerPollTimeout.multipliedBy(3)),
                env.string("METRICS_TOKEN", null));
    }

    public MonitoringSettings withListenerRestartAfter(Duration restartAfter) {
        return new MonitoringSettings(restartAfter, metricsToken);
    }

    public MonitoringSettings withMetricsToken(String token) {
        return new MonitoringSettings(listenerRestartAfter, token);
    }

    /** Never prints the token: only whether it is set. */
    @Override
    public String toString() {
        return "MonitoringSettings[listenerRestartAfter=" + listenerRestartAfter + ", metricsToken="
                + (metricsToken == null ? "unset" : "set") + "]";
    }
}
