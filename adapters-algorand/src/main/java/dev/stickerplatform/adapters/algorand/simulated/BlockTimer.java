package dev.stickerplatform.adapters.algorand.simulated;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Produces blocks at a fixed interval on a daemon thread, or does nothing when the interval is zero. */
final class BlockTimer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BlockTimer.class);
    private final ScheduledExecutorService executor;

    private BlockTimer(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    static BlockTimer start(Duration interval, Runnable produceBlock) {
        if (interval.isZero()) {
            return new BlockTimer(null);
        }
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "simulated-ledger-blocks");
            thread.setDaemon(true);
            return thread;
        });
        long nanos = interval.toNanos();
        executor.scheduleAtFixedRate(() -> {
            try {
                produceBlock.run();
            } catch (RuntimeException e) {
                // a failing tick must not cancel every later block
                LOG.error("simulated ledger could not produce a block", e);
            }
        }, nanos, nanos, TimeUnit.NANOSECONDS);
        return new BlockTimer(executor);
    }

    @Override
    public void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
