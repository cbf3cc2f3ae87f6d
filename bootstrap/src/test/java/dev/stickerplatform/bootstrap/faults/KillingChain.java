package dev.stickerplatform.bootstrap.faults;

import dev.stickerplatform.domain.model.ChainWrite;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.ForwardingChain;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/** A worker's view of the chain during the chaos run: now and then the worker dies around a chain call. */
final class KillingChain extends ForwardingChain {
    private final Random random;
    private final AtomicInteger kills;

    KillingChain(Chain chain, Random random, AtomicInteger kills) {
        super(chain);
        this.random = random;
        this.kills = kills;
    }

    @Override
    public void submit(ChainWrite write) {
        maybeDie(2);
        super.submit(write);
        maybeDie(4);
    }

    @Override
    public TxStatus status(TxId txId, Round lastValid) {
        maybeDie(1);
        return super.status(txId, lastValid);
    }

    private void maybeDie(int percent) {
        boolean die;
        synchronized (random) {
            die = random.nextInt(100) < percent;
        }
        if (die) {
            kills.incrementAndGet();
            throw new ChaosRunTest.Killed();
        }
    }
}
