package dev.stickerplatform.application.listener;

import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.port.ThrowingChain;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * A chain of empty rounds produced on demand, whose next block read can be made to hang (ignoring interrupts,
 * like a socket read that never returns) or to kill its thread. Only what the listener calls is implemented.
 */
final class StallingChain extends ThrowingChain {
    private long round;
    private CountDownLatch hang;
    private Error fatal;
    private final CountDownLatch hanging = new CountDownLatch(1);

    synchronized void produce(int rounds) {
        round += rounds;
        notifyAll();
    }

    /** The next block read blocks until {@link #release()}, whatever interrupts its thread. */
    synchronized void hangNextBlockRead() {
        hang = new CountDownLatch(1);
    }

    synchronized void release() {
        if (hang != null) {
            hang.countDown();
        }
    }

    /** Whether a block read is hanging now. */
    boolean isHanging() {
        return hanging.getCount() == 0;
    }

    /** The next block read throws {@code error}, which no loop catches. */
    synchronized void failNextBlockRead(Error error) {
        fatal = error;
    }

    @Override
    public Optional<BlockEvents> block(Round wanted) {
        CountDownLatch latch;
        synchronized (this) {
            if (fatal != null) {
                Error error = fatal;
                fatal = null;
                throw error;
            }
            latch = hang;
            hang = null;
        }
        if (latch != null) {
            hanging.countDown();
            awaitIgnoringInterrupts(latch);
        }
        synchronized (this) {
            return wanted.value() > round ? Optional.empty()
                    : Optional.of(new BlockEvents(wanted, Instant.EPOCH, List.of(), List.of()));
        }
    }

    @Override
    public synchronized Round currentRound() {
        return Round.of(round);
    }

    @Override
    public synchronized Round awaitRoundAfter(Round after, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (round <= after.value() && System.nanoTime() < deadline) {
                wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Round.of(round);
    }

    private static void awaitIgnoringInterrupts(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
