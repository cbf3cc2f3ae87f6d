package dev.stickerplatform.bootstrap.config;

/**
 * How processes share the work, from {@code WORKER_LISTENER}: whether a {@code worker} process also stands by for
 * the listener lease (the PostgreSQL advisory lock), so the chain keeps being followed while the {@code serve}
 * process that led it is down.
 *
 * @param workerListener a worker process runs a standby listener too (default false: workers only mint)
 */
public record TopologySettings(boolean workerListener) {
    static TopologySettings fromEnv(Env env) {
        return new TopologySettings(env.bool("WORKER_LISTENER", false));
    }
}
