package dev.stickerplatform.application;

import dev.stickerplatform.domain.model.ChainWrite;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.ForwardingChain;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A kill point: delegates to a real chain, but the process "dies" ({@link Crash}) right after the {@code n}-th
 * submit reached the chain — before the caller could record what happened next.
 */
public final class CrashAfterSubmit extends ForwardingChain {
    private final AtomicInteger submitsLeft;

    /** Crashes right after the {@code n}-th submit (1-based), of a recorded write or of a signed group. */
    public CrashAfterSubmit(Chain chain, int n) {
        super(chain);
        this.submitsLeft = new AtomicInteger(n);
    }

    /** The simulated process death. */
    public static final class Crash extends RuntimeException {
        Crash() {
            super("simulated process death right after submit");
        }
    }

    @Override
    public void submit(ChainWrite write) {
        super.submit(write);
        crashIfDue();
    }

    @Override
    public List<dev.stickerplatform.domain.model.TxId> submitSigned(List<byte[]> signedGroup) {
        var ids = super.submitSigned(signedGroup);
        crashIfDue();
        return ids;
    }

    private void crashIfDue() {
        if (submitsLeft.decrementAndGet() == 0) {
            throw new Crash();
        }
    }
}
