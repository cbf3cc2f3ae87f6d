package dev.stickerplatform.adapters.http.resources;

import dev.stickerplatform.application.listener.ListenerStatus;
import java.time.Duration;
import java.time.Instant;

/**
 * The chain listener's status. {@code healthy}: running, the heartbeat is younger than twice the poll interval and
 * the cursor is not stuck (it moved within the last {@code stuckAfterRounds} rounds of the chain, or is caught up).
 */
public record ListenerJson(boolean running, boolean leader, long lastRound, long chainRound, long lagRounds,
                           Instant heartbeatAt, Long heartbeatAgeSeconds, boolean healthy, long errorsCount,
                           long restarts, long pollIntervalSeconds, boolean inThisProcess, long stalledRounds,
                           long stuckAfterRounds, boolean stuck, String lastError) {

    /** The status at {@code now}; {@code s} null: the listener does not run in this process. */
    public static ListenerJson of(ListenerStatus s, Duration interval, Instant now) {
        if (s == null) {
            return new ListenerJson(false, false, 0, 0, 0, null, null, false, 0, 0, interval.toSeconds(), false, 0, 0,
                    false, null);
        }
        Duration age = s.heartbeatAt() == null ? null : Duration.between(s.heartbeatAt(), now);
        boolean fresh = age != null && age.compareTo(interval.multipliedBy(2)) <= 0;
        return new ListenerJson(s.running(), s.leader(), s.lastRound(), s.chainRound(), s.lagRounds(),
                s.heartbeatAt(), age == null ? null : Math.max(0, age.toSeconds()), s.running() && fresh && !s.stuck(),
                s.errors(), s.restarts(), interval.toSeconds(), true, s.stalledRounds(), s.stuckAfterRounds(),
                s.stuck(), s.lastError());
    }
}
