package dev.stickerplatform.adapters.persistence.memory;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Wakes waiting workers when a job may have become claimable. A generation counter rather than a flag, so a
 * waiter that saw generation {@code g} returns at once if anything happened since, and no wake-up is lost. The
 * in-memory queue pulses it on every change; PostgreSQL's notifications pulse it on every NOTIFY.
 */
public final class WorkSignal {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private long generation;

    public long generation() {
        lock.lock();
        try {
            return generation;
        } finally {
            lock.unlock();
        }
    }

    public void pulse() {
        lock.lock();
        try {
            generation++;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Waits until the generation differs from {@code seen} or {@code maxWait} passes. */
    public void awaitChange(long seen, Duration maxWait) throws InterruptedException {
        long nanos = maxWait.isNegative() ? 0 : saturatedNanos(maxWait);
        lock.lockInterruptibly();
        try {
            while (generation == seen && nanos > 0) {
                nanos = changed.awaitNanos(nanos);
            }
        } finally {
            lock.unlock();
        }
    }

    private static long saturatedNanos(Duration duration) {
        return duration.compareTo(Duration.ofDays(365)) > 0 ? TimeUnit.DAYS.toNanos(365) : duration.toNanos();
    }
}
