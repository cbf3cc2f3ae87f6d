package dev.stickerplatform.application.listener;

import java.time.Instant;

/**
 * What the listener is doing. {@code heartbeatAt} is renewed on every cycle, so a hung listener shows as a
 * stale heartbeat however its {@code running} flag looks.
 */
public record ListenerStatus(boolean running, boolean leader, long lastRound, long chainRound, Instant heartbeatAt,
                             long errors, long restarts, String lastError) {
    public long lagRounds() {
        return Math.max(0, chainRound - lastRound);
    }
}
