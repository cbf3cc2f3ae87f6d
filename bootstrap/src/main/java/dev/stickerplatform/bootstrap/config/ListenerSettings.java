package dev.stickerplatform.bootstrap.config;

import dev.stickerplatform.application.listener.ListenerLoop;
import java.time.Duration;

/**
 * The chain listener of this process: {@code LISTENER_ENABLED} (default true), {@code LISTENER_POLL_TIMEOUT_MS}
 * (default 5000: how long it waits for a new round before it heartbeats again) and
 * {@code LISTENER_STUCK_AFTER_ROUNDS}: the rounds the chain may produce while the listener's cursor does not move
 * before {@code /health/ready} answers 503 and {@code listener_stuck} is 1 (default 5; 0 turns the check off).
 */
public record ListenerSettings(boolean enabled, Duration pollTimeout, long stuckAfterRounds) {
    public static final Duration DEFAULT_POLL_TIMEOUT = Duration.ofSeconds(5);

    public ListenerSettings {
        if (stuckAfterRounds < 0) {
            throw new ConfigException("LISTENER_STUCK_AFTER_ROUNDS must be 0 or more");
        }
    }

    static ListenerSettings fromEnv(Env env) {
        return new ListenerSettings(env.bool("LISTENER_ENABLED", true),
                env.millis("LISTENER_POLL_TIMEOUT_MS", DEFAULT_POLL_TIMEOUT),
                env.longValue("LISTENER_STUCK_AFTER_ROUNDS", ListenerLoop.DEFAULT_STUCK_AFTER_ROUNDS, 0));
    }

    public ListenerSettings withEnabled(boolean newEnabled) {
        return new ListenerSettings(newEnabled, pollTimeout, stuckAfterRounds);
    }

    public ListenerSettings withPollTimeout(Duration newPollTimeout) {
        return new ListenerSettings(enabled, newPollTimeout, stuckAfterRounds);
    }

    public ListenerSettings withStuckAfterRounds(long rounds) {
        return new ListenerSettings(enabled, pollTimeout, rounds);
    }
}
