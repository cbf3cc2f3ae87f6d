package dev.stickerplatform.adapters.http.routes;

import dev.stickerplatform.adapters.http.HttpConfig;
import dev.stickerplatform.adapters.http.server.RouteClass;
import dev.stickerplatform.adapters.http.server.RouteTable;
import dev.stickerplatform.application.listener.ListenerStatus;
import dev.stickerplatform.application.network.GetParamsService;
import dev.stickerplatform.application.network.HealthService;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
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
        routes.get("/health/live", RouteClass.READ, ctx -> ctx.json(Map.of("status", "alive")));
        routes.get("/health/ready", RouteClass.READ, this::ready);
        routes.get("/params", RouteClass.READ, this::params);
        routes.get("/listener/status", RouteClass.READ, ctx -> ctx.json(listener()));
    }

    record HealthJson(String status, String network, boolean simulationMode, boolean algorandConnected,
                      Long lastRound, boolean storeConnected, Boolean listenerHealthy, Instant timestamp) {
    }

    private void health(Context ctx) {
        HealthService.Health health = this.health.check();
        ListenerJson listener = listener();
        Boolean listenerHealthy = listenerStatus == null ? null : listener.healthy();
        boolean healthy = health.healthy() && !Boolean.FALSE.equals(listenerHealthy);
        ctx.status(healthy ? 200 : 503).json(new HealthJson(healthy ? "healthy" : "unhealthy", config.networkName(),
                config.simulationMode(), health.chainReachable(),
                health.chainRound() == null ? null : health.chainRound().value(), health.storeReachable(),
                listenerHealthy, health.checkedAt()));
    }

    private void ready(Context ctx) {
        HealthService.Health health = this.health.check();
        Map<String, String> checks = new LinkedHashMap<>();
        checks.put("chain", health.chainReachable() ? "ok" : "unreachable");
        checks.put("store", health.storeReachable() ? "ok" : "unreachable");
        health.dependencies().forEach((name, reachable) -> checks.put(name, reachable ? "ok" : "unreachable"));
        ListenerJson listener = listener();
        if (listenerStatus == null) {
            checks.put("listener", "not in this process");
        } else {
            checks.put("listener", listener.healthy() ? "ok" : listenerProblem(listener));
        }
        boolean ready = health.healthy() && (listenerStatus == null || listener.healthy());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", ready ? "ready" : "not ready");
        body.put("checks", checks);
        ctx.status(ready ? 200 : 503).json(body);
    }

    private static String listenerProblem(ListenerJson listener) {
        if (!listener.running()) {
            return "stopped";
        }
        if (listener.stuck()) {
            return "stuck at round " + (listener.lastRound() + 1) + ": the chain produced " + listener.stalledRounds()
                    + " rounds since the cursor last moved (chain at " + listener.chainRound() + ", "
                    + listener.errorsCount() + " errors, last " + listener.lastError() + ")";
        }
        return "stale heartbeat";
    }

    record ParamsJson(long fee, long minFee, long firstValidRound, long lastValidRound, String genesisId,
                      String genesisHash) {
    }

    private void params(Context ctx) {
        GetParamsService.Params p = params.get();
        ctx.json(new ParamsJson(p.fee().value(), p.minFee().value(), p.firstValid().value(), p.lastValid().value(),
                p.genesisId(), p.genesisHash()));
    }

    /**
     * {@code healthy}: running, the heartbeat is younger than twice the poll interval and the cursor is not stuck
     * (it moved within the last {@code stuckAfterRounds} rounds of the chain, or is caught up).
     */
    record ListenerJson(boolean running, boolean leader, long lastRound, long chainRound, long lagRounds,
                        Instant heartbeatAt, Long heartbeatAgeSeconds, boolean healthy, long errorsCount,
                        long restarts, long pollIntervalSeconds, boolean inThisProcess, long stalledRounds,
                        long stuckAfterRounds, boolean stuck, String lastError) {
    }

    ListenerJson listener() {
        Duration interval = listenerPollInterval;
        if (listenerStatus == null) {
            return new ListenerJson(false, false, 0, 0, 0, null, null, false, 0, 0, interval.toSeconds(), false, 0, 0,
                    false, null);
        }
        ListenerStatus s = listenerStatus.get();
        Duration age = s.heartbeatAt() == null ? null : Duration.between(s.heartbeatAt(), clock.instant());
        boolean fresh = age != null && age.compareTo(interval.multipliedBy(2)) <= 0;
        return new ListenerJson(s.running(), s.leader(), s.lastRound(), s.chainRound(), s.lagRounds(),
                s.heartbeatAt(), age == null ? null : Math.max(0, age.toSeconds()), s.running() && fresh && !s.stuck(),
                s.errors(), s.restarts(), interval.toSeconds(), true, s.stalledRounds(), s.stuckAfterRounds(),
                s.stuck(), s.lastError());
    }
}
