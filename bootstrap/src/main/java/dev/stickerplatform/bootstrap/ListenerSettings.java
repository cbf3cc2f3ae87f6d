package dev.stickerplatform.bootstrap;

import dev.stickerplatform.application.listener.ListenerLoop;

/**
 * How the listener's health is judged, from {@code LISTENER_STUCK_AFTER_ROUNDS}: the rounds the chain may produce
 * while the listener's cursor does not move before {@code /health/ready} answers 503 and {@code listener_stuck} is
 * 1 (default 5; 0 turns the check off).
 */
public record ListenerSettings(long stuckAfterRounds) {
    public ListenerSettings {
        if (stuckAfterRounds < 0) {
            throw new ConfigException("LISTENER_STUCK_AFTER_ROUNDS must be 0 or more");
        }
    }

    static ListenerSettings fromEnv(Env env) {
        return new ListenerSettings(env.longValue("LISTENER_STUCK_AFTER_ROUNDS",
                ListenerLoop.DEFAULT_STUCK_AFTER_ROUNDS, 0));
    }
}
