package dev.stickerplatform.application.network;

import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.Store;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

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
    private final Map<String, BooleanSupplier> dependencies;

    public HealthService(Chain chain, Store store, Clock clock) {
        this(chain, store, clock, Map.of());
    }

    /**
     * @param dependencies further dependencies by name (e.g. {@code redis}), each saying whether it answers now;
     *                     any that does not makes the platform unhealthy
     */
    public HealthService(Chain chain, Store store, Clock clock, Map<String, BooleanSupplier> dependencies) {
        this.chain = chain;
        this.store = store;
        this.clock = clock;
        this.dependencies = Map.copyOf(dependencies);
    }

    /**
     * {@code chainRound} is null when the chain is unreachable; {@code dependencies} says, by name, whether each
     * further dependency answered.
     */
    public record Health(boolean chainReachable, Round chainRound, boolean storeReachable, Instant checkedAt,
                         Map<String, Boolean> dependencies) {
        public Health {
            dependencies = Map.copyOf(dependencies);
        }

        public Health(boolean chainReachable, Round chainRound, boolean storeReachable, Instant checkedAt) {
            this(chainReachable, chainRound, storeReachable, checkedAt, Map.of());
        }

        public boolean healthy() {
            return chainReachable && storeReachable && !dependencies.containsValue(false);
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
        Map<String, Boolean> others = new LinkedHashMap<>();
        dependencies.forEach((name, check) -> others.put(name, reachable(name, check)));
        return new Health(round != null, round, storeReachable, clock.instant(), others);
    }

    private static boolean reachable(String name, BooleanSupplier check) {
        try {
            return check.getAsBoolean();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "health: " + name + " unreachable", e);
            return false;
        }
    }
}
