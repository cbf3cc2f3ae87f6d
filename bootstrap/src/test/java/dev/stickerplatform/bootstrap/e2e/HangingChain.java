package dev.stickerplatform.bootstrap.e2e;

import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.ForwardingChain;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A real chain whose next block read — only the listener reads blocks — can be made to hang until released,
 * ignoring interrupts like a socket read that never returns.
 */
final class HangingChain extends ForwardingChain {
    private volatile CountDownLatch hang;
    private final CountDownLatch hanging = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    HangingChain(Chain chain) {
        super(chain);
    }

    void hangNextBlockRead() {
        hang = release;
    }

    /** Waits until a block read is hanging. */
    boolean awaitHanging(long seconds) throws InterruptedException {
        return hanging.await(seconds, TimeUnit.SECONDS);
    }

    void release() {
        release.countDown();
    }

    @Override
    public Optional<BlockEvents> block(Round round) {
        CountDownLatch latch = hang;
        if (latch != null) {
            hang = null;
            hanging.countDown();
            boolean interrupted = false;
            while (latch.getCount() > 0) {
                try {
                    latch.await();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        return super.block(round);
    }
}
