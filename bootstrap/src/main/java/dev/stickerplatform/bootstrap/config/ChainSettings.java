package dev.stickerplatform.bootstrap.config;

import java.time.Duration;

/**
 * Which network the platform runs on, from {@code NETWORK} (default simulated), and how often the simulated network
 * produces a round, from {@code SIM_BLOCK_TIME_MS} (default 1000); the waits that scale with it are {@link #rounds()}.
 */
public record ChainSettings(Network network, Duration blockTime) {
    static ChainSettings fromEnv(Env env) {
        return new ChainSettings(network(env), env.millis("SIM_BLOCK_TIME_MS", Duration.ofMillis(1000)));
    }

    /** {@code NETWORK} alone, for the commands that need nothing else of the chain settings. */
    public static Network network(Env env) {
        return env.choice("NETWORK", Network.SIMULATED, Network.class);
    }

    public RoundTiming rounds() {
        return RoundTiming.forBlockTime(blockTime);
    }

    public ChainSettings withBlockTime(Duration newBlockTime) {
        return new ChainSettings(network, newBlockTime);
    }
}
