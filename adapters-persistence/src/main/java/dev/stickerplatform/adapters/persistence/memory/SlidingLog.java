package dev.stickerplatform.adapters.persistence.memory;

import dev.stickerplatform.domain.port.RateLimiter.Decision;
import java.time.Duration;
import java.util.Arrays;

/**
 * The times (epoch nanoseconds) of the calls one key was allowed within the last window, oldest first, in a ring
 * that grows only as far as the calls actually made. Exact: never more than {@code limit} in any window.
 * Not thread-safe; the limiter locks around it.
 */
final class SlidingLog {
    private long[] times = new long[4];
    private int head;
    private int size;
    private long window;

    /** Allows the call at {@code now} if fewer than {@code limit} were allowed in the window before it. */
    Decision acquire(long now, int limit, long windowNanos) {
        window = windowNanos;
        forgetBefore(now);
        if (size >= limit) {
            return new Decision(false, limit, 0, until(newest() + window, now), until(oldest() + window, now));
        }
        append(now);
        return new Decision(true, limit, limit - size, until(now + window, now), Duration.ZERO);
    }

    /** Whether nothing is remembered any more at {@code now}, so the key can be forgotten. */
    boolean isExpired(long now) {
        return size == 0 || newest() + window <= now;
    }

    private void forgetBefore(long now) {
        while (size > 0 && oldest() + window <= now) {
            head = (head + 1) % times.length;
            size--;
        }
    }

    private void append(long now) {
        if (size == times.length) {
            long[] grown = new long[times.length * 2];
            for (int i = 0; i < size; i++) {
                grown[i] = times[(head + i) % times.length];
            }
            times = grown;
            head = 0;
        }
        times[(head + size) % times.length] = now;
        size++;
    }

    private long oldest() {
        return times[head];
    }

    private long newest() {
        return times[(head + size - 1) % times.length];
    }

    /** Time from {@code now} to {@code instant}, never negative and never beyond a window (clock steps back). */
    private Duration until(long instant, long now) {
        return Duration.ofNanos(Math.min(Math.max(instant - now, 0), window));
    }

    @Override
    public String toString() {
        return "SlidingLog" + Arrays.toString(Arrays.copyOf(times, size));
    }
}
