package dev.stickerplatform.application.listener;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Keeps the chain listener alive. Runs a {@link ListenerLoop} on a thread of its own and looks at its heartbeat
 * every {@code checkEvery}; when the heartbeat is older than {@code restartAfter} (a call that never returns) or
 * the loop's thread has died, it stops and interrupts that loop and starts a fresh one on a new thread.
 *
 * <p>A thread that ignores the interrupt is left behind. Whatever it finishes later is harmless: the listener's
 * writes are idempotent (tips unique by txid, one job per tip, the cursor only moves with a committed round), so
 * no tip is lost or doubled whichever loop records a round first. {@code restartAfter} should be longer than the
 * readiness limit (twice the poll interval), so a hang is visible on {@code /health/ready} before it is repaired.
 */
public final class ListenerWatchdog implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(ListenerWatchdog.class.getName());

    private final Supplier<ListenerLoop> loops;
    private final Clock clock;
    private final Config config;
    private volatile ListenerLoop loop;
    private volatile Thread thread;
    private volatile long restarts;
    private volatile long retiredErrors;
    private volatile boolean closed;
    private Thread watcher;
    private int generation;

    /**
     * @param restartAfter how old the heartbeat may get before the loop counts as hung
     * @param checkEvery   how often the heartbeat is looked at
     */
    public record Config(Duration restartAfter, Duration checkEvery) {
        public Config {
            if (restartAfter == null || restartAfter.isNegative() || restartAfter.isZero()
                    || checkEvery == null || checkEvery.isNegative() || checkEvery.isZero()) {
                throw new IllegalArgumentException("the watchdog needs positive durations");
            }
        }

        /** Restarts after three poll intervals without a heartbeat (readiness fails after two), checks 4× as often. */
        public static Config forPollInterval(Duration pollInterval) {
            return new Config(pollInterval.multipliedBy(3),
                    Duration.ofMillis(Math.max(10, pollInterval.dividedBy(4).toMillis())));
        }
    }

    /** @param loops makes a fresh loop for every (re)start */
    public ListenerWatchdog(Supplier<ListenerLoop> loops, Clock clock, Config config) {
        this.loops = Objects.requireNonNull(loops, "loops");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.config = Objects.requireNonNull(config, "config");
        this.loop = loops.get();
    }

    /** Starts the loop and the watch over it. */
    public synchronized void start() {
        if (watcher != null) {
            throw new IllegalStateException("already started");
        }
        launch(loop);
        watcher = Thread.ofPlatform().name("listener-watchdog").daemon().start(this::watch);
    }

    /** The current loop's status, with the watchdog's restart count and every loop's errors. */
    public ListenerStatus status() {
        ListenerStatus s = loop.status();
        return new ListenerStatus(s.running(), s.leader(), s.lastRound(), s.chainRound(), s.heartbeatAt(),
                retiredErrors + s.errors(), restarts, s.lastError(), s.stalledRounds(), s.stuckAfterRounds());
    }

    public long restarts() {
        return restarts;
    }

    /** Restarts the loop if it hangs or died; returns whether it did. */
    synchronized boolean check() {
        if (closed || thread == null) {
            return false;
        }
        ListenerStatus s = loop.status();
        Instant heartbeat = s.heartbeatAt();
        boolean hung = heartbeat != null && Duration.between(heartbeat, clock.instant()).compareTo(config.restartAfter()) > 0;
        boolean died = !thread.isAlive();
        if (!hung && !died) {
            return false;
        }
        LOG.log(System.Logger.Level.ERROR, "chain listener {0} (last heartbeat {1}, last round {2}); restarting it",
                died ? "stopped unexpectedly" : "hangs", heartbeat, s.lastRound());
        loop.stop();
        thread.interrupt();
        retiredErrors += s.errors();
        restarts++;
        loop = loops.get();
        launch(loop);
        return true;
    }

    private void launch(ListenerLoop next) {
        generation++;
        thread = Thread.ofPlatform().name("listener-" + generation).daemon()
                .uncaughtExceptionHandler((dead, error) -> LOG.log(System.Logger.Level.ERROR,
                        "chain listener thread " + dead.getName() + " died", error))
                .start(next);
    }

    private void watch() {
        while (!closed) {
            try {
                Thread.sleep(config.checkEvery().toMillis());
                check();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "listener watchdog: {0}", e.toString());
            }
        }
    }

    /** Stops the loop and the watch; waits a moment for both threads to end. */
    @Override
    public void close() {
        Thread loopThread;
        synchronized (this) {
            closed = true;
            loop.stop();
            loopThread = thread;
        }
        if (watcher != null) {
            watcher.interrupt();
        }
        if (loopThread != null) {
            loopThread.interrupt();
        }
        join(watcher);
        join(loopThread);
    }

    private static void join(Thread thread) {
        if (thread == null) {
            return;
        }
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
