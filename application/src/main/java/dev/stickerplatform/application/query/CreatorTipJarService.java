package dev.stickerplatform.application.query;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.port.Store;

/**
 * A creator's current tip jar and its progress (DEPLOYING, FUNDING or ACTIVE), so a client whose registration
 * answered "pending" can follow the deployment.
 */
public final class CreatorTipJarService {
    private final Store store;

    public CreatorTipJarService(Store store) {
        this.store = store;
    }

    public record Query(Address creator) {
        public Query {
            if (creator == null) {
                throw new IllegalArgumentException("creator is required");
            }
        }
    }

    public sealed interface Result {
        record Found(TipJarView tipJar) implements Result {
        }

        /** The creator has no tip jar that is not retired (never registered, or not yet). */
        record NotFound(Address creator) implements Result {
        }
    }

    public Result get(Query query) {
        return store.tipJars().current(query.creator())
                .<Result>map(jar -> new Result.Found(TipJarView.of(jar)))
                .orElse(new Result.NotFound(query.creator()));
    }
}
