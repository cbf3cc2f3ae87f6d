package dev.stickerplatform.adapters.http.resources;

import dev.stickerplatform.application.network.HealthService;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Whether the server can serve: {@code checks} names each dependency (chain, store, the others, then the listener)
 * with {@code ok} or its problem.
 */
public record ReadinessJson(String status, Map<String, String> checks) {

    public static ReadinessJson of(HealthService.Health health, ListenerJson listener) {
        Map<String, String> checks = new LinkedHashMap<>();
        checks.put("chain", health.chainReachable() ? "ok" : "unreachable");
        checks.put("store", health.storeReachable() ? "ok" : "unreachable");
        health.dependencies().forEach((name, reachable) -> checks.put(name, reachable ? "ok" : "unreachable"));
        if (!listener.inThisProcess()) {
            checks.put("listener", "not in this process");
        } else {
            checks.put("listener", listener.healthy() ? "ok" : listenerProblem(listener));
        }
        boolean ready = health.healthy() && (!listener.inThisProcess() || listener.healthy());
        return new ReadinessJson(ready ? "ready" : "not ready", checks);
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
}
