package dev.stickerplatform.adapters.http.routes;

import dev.stickerplatform.adapters.http.HttpConfig;
import dev.stickerplatform.adapters.http.resources.HealthJson;
import dev.stickerplatform.adapters.http.resources.ListenerJson;
import dev.stickerplatform.adapters.http.resources.LivenessJson;
import dev.stickerplatform.adapters.http.resources.ParamsJson;
import dev.stickerplatform.adapters.http.resources.ReadinessJson;
import dev.stickerplatform.adapters.http.server.RouteClass;
import dev.stickerplatform.adapters.http.server.RouteTable;
import dev.stickerplatform.application.listener.ListenerStatus;
import dev.stickerplatform.application.network.GetParamsService;
import dev.stickerplatform.application.network.HealthService;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Health, readiness, the listener's status and the transaction parameters wallets need. Health answers never
 * contain exception texts: a failing dependency is just "unreachable".
 */
final class OperationsRoutes implements RouteGroup {
    private final HealthService health;
    private final Supplier<ListenerStatus> listenerStatus;
    private final GetParamsService params;
    private final Duration listenerPollInterval;
    private final HttpConfig config;
    private final Clock clock;

    OperationsRoutes(HealthService health, Supplier<ListenerStatus> listenerStatus, GetParamsService params,
                     Duration listenerPollInterval, HttpConfig config, Clock clock) {
        this.health = health;
        this.listenerStatus = listenerStatus;
        this.params = params;
        this.listenerPollInterval = listenerPollInterval;
        this.config = config;
        this.clock = clock;
    }

    @Override
    public void register(RouteTable routes) {
        routes.get("/health", RouteClass.READ, this::health);
        routes.get("/health/live", RouteClass.READ, ctx -> ctx.json(LivenessJson.of()));
        routes.get("/health/ready", RouteClass.READ, this::ready);
        routes.get("/params", RouteClass.READ, this::params);
        routes.get("/listener/status", RouteClass.READ, ctx -> ctx.json(listener()));
    }

    private void health(Context ctx) {
        HealthService.Health health = this.health.check();
        ListenerJson listener = listener();
        Boolean listenerHealthy = listenerStatus == null ? null : listener.healthy();
        boolean healthy = health.healthy() && !Boolean.FALSE.equals(listenerHealthy);
        ctx.status(healthy ? 200 : 503).json(HealthJson.of(healthy, config.networkName(), config.simulationMode(),
                health, listenerHealthy));
    }

    private void ready(Context ctx) {
        ReadinessJson readiness = ReadinessJson.of(health.check(), listener());
        ctx.status("ready".equals(readiness.status()) ? 200 : 503).json(readiness);
    }

    private void params(Context ctx) {
        ctx.json(ParamsJson.of(params.get()));
    }

    ListenerJson listener() {
        return ListenerJson.of(listenerStatus == null ? null : listenerStatus.get(), listenerPollInterval,
                clock.instant());
    }
}
