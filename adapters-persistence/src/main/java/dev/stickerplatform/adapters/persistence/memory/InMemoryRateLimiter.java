package dev.stickerplatform.adapters.persistence.memory;

import dev.stickerplatform.domain.port.RateLimiter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A per-process {@link RateLimiter}: an exact sliding log per (policy name, key), so at most {@code limit} calls
 * are allowed in any window, and rejected calls are not recorded.
 *
 * <p>Memory is bounded: a key's state is dropped once its window has passed (swept at most once per
 * {@code sweepInterval} of clock time), and at most {@code maxKeys} keys are tracked; beyond that the least
 * recently used key is forgotten, which can only let that key through early, never block anyone wrongly.
 * One lock guards everything: each call is a few map and array operations.
 */
public final class InMemoryRateLimiter implements RateLimiter {
    public static final int DEFAULT_MAX_KEYS = 100_000;
    private static final Duration SWEEP_INTERVAL = Duration.ofSeconds(1);

    private final Clock clock;
    private final int maxKeys;
    private final ReentrantLock lock = new ReentrantLock();
    /** In access order, so the first entry is the least recently used. */
    private final LinkedHashMap<String, SlidingLog> logs = new LinkedHashMap<>(256, 0.75f, true);
    private long lastSweep = Long.MIN_VALUE;

    public InMemoryRateLimiter(Clock clock) {
        this(clock, DEFAULT_MAX_KEYS);
    }

    public InMemoryRateLimiter(Clock clock, int maxKeys) {
        if (maxKeys < 1) {
            throw new IllegalArgumentException("maxKeys must be positive");
        }
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxKeys = maxKeys;
    }

    @Override
    public Decision acquire(String key, Policy policy) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(policy, "policy");
        String id = policy.name() + '\u0000' + key;
        lock.lock();
        try {
            long now = epochNanos(clock.instant());
            sweepIfDue(now);
            SlidingLog log = logs.get(id);
            if (log == null) {
                if (logs.size() >= maxKeys) {
                    Iterator<SlidingLog> eldest = logs.values().iterator();
                    eldest.next();
                    eldest.remove();
                }
                log = new SlidingLog();
                logs.put(id, log);
            }
            return log.acquire(now, policy.limit(), policy.window().toNanos());
        } finally {
            lock.unlock();
        }
    }

    /** How many keys have state now (for metrics). */
    public int trackedKeys() {
        lock.lock();
        try {
            sweepIfDue(epochNanos(clock.instant()));
            return logs.size();
        } finally {
            lock.unlock();
        }
    }

    private void sweepIfDue(long now) {
        if (lastSweep != Long.MIN_VALUE && now - lastSweep < SWEEP_INTERVAL.toNanos() && now >= lastSweep) {
            return;
        }
        lastSweep = now;
        logs.values().removeIf(log -> log.isExpired(now));
    }

    private static long epochNanos(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
    }
}
