package dev.stickerplatform.application.network;

import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.Store;
import java.time.Clock;
import java.time.Instant;

/**
 * Whether the chain node and the store answer right now. Never throws: a failing dependency is reported as
 * unreachable, and its exception is logged here, never put in the answer (the prototype echoed raw exception
 * texts to anyone).
 */
public final class HealthService {
    private static final System.Logger LOG = System.getLogger(HealthService.class.getName());

    private final Chain chain;
    private final Store store;
    private final Clock clock;

    public HealthService(Chain chain, Store store, Clock clock) {
        this.chain = chain;
        this.store = store;
        this.clock = clock;
    }

    /** {@code chainRound} is null when the chain is unreachable. */
    public record Health(boolean chainReachable, Round chainRound, boolean storeReachable, Instant checkedAt) {
        public boolean healthy() {
            return chainReachable && storeReachable;
        }
    }

    public Health check() {
        Round round = null;
        try {
            round = chain.currentRound();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "health: chain unreachable", e);
        }
        boolean storeReachable;
        try {
            store.listenerCursor().lastProcessed();
            storeReachable = true;
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "health: store unreachable", e);
            storeReachable = false;
        }
        return new Health(round != null, round, storeReachable, clock.instant());
    }
}
