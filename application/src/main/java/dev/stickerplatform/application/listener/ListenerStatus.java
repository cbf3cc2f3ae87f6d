package dev.stickerplatform.application.listener;

import java.time.Instant;

/**
 * What the listener is doing. {@code heartbeatAt} is renewed on every cycle, so a hung listener shows as a
 * stale heartbeat however its {@code running} flag looks. {@code stalledRounds} counts the rounds the chain produced
 * since the cursor last moved while it is behind: a round that keeps failing shows there, whatever the heartbeat
 * says; at {@code stuckAfterRounds} (0: never) the listener counts as stuck.
 */
public record ListenerStatus(boolean running, boolean leader, long lastRound, long chainRound, Instant heartbeatAt,
                             long errors, long restarts, String lastError, long stalledRounds,
                             long stuckAfterRounds) {
    public ListenerStatus(boolean running, boolean leader, long lastRound, long chainRound, Instant heartbeatAt,
                          long errors, long restarts, String lastError) {
        this(running, leader, lastRound, chainRound, heartbeatAt, errors, restarts, lastError, 0, 0);
    }

    public long lagRounds() {
        return Math.max(0, chainRound - lastRound);
    }

    /** The cursor has not moved for {@code stuckAfterRounds} rounds of the chain while behind it. */
    public boolean stuck() {
        return stuckAfterRounds > 0 && stalledRounds >= stuckAfterRounds;
    }
}
