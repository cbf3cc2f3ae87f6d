package dev.stickerplatform.bootstrap.faults;

import dev.stickerplatform.domain.model.ChainWrite;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.ForwardingChain;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A kill point: delegates to a real chain, but the process "dies" (an unchecked {@link Crash}) right after the
 * chosen platform submit reached the chain — before anything could record what happened next.
 */
final class CrashingChain extends ForwardingChain {
    private final AtomicInteger submitsLeft;

    /** Crashes right after the {@code n}-th call of {@link #submit(ChainWrite)} (1-based). */
    CrashingChain(Chain chain, int n) {
        super(chain);
        this.submitsLeft = new AtomicInteger(n);
    }

    static final class Crash extends RuntimeException {
        Crash() {
            super("simulated process death right after submit");
        }
    }

    @Override
    public void submit(ChainWrite write) {
        super.submit(write);
        if (submitsLeft.decrementAndGet() == 0) {
            throw new Crash();
        }
    }
}
