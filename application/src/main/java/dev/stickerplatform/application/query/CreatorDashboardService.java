package dev.stickerplatform.application.query;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.Creator;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.Tip;
import dev.stickerplatform.domain.port.Store;
import java.util.List;

/**
 * A creator's dashboard from the platform's records: their current tip jar, totals over all tips received,
 * stickers minted and the latest tips. The on-chain counters of the tip jar are a separate use case
 * ({@code TipJarStatsService}), so a chain outage never hides the rest.
 */
public final class CreatorDashboardService {
    static final int RECENT_TIPS = 20;

    private final Store store;

    public CreatorDashboardService(Store store) {
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
        /**
         * @param tipJar     the creator's tip jar that is not retired (deploying, funding or active), or null
         * @param recentTips the latest tips received, newest first
         */
        record Dashboard(Creator creator, TipJarView tipJar, long totalTips, MicroAlgos totalReceived,
                         long totalFans, long stickersMinted, List<Tip> recentTips) implements Result {
            public Dashboard {
                recentTips = List.copyOf(recentTips);
            }
        }

        /** The wallet is not a registered creator. */
        record NotFound(Address creator) implements Result {
        }
    }

    public Result get(Query query) {
        Address wallet = query.creator();
        Creator creator = store.creators().find(wallet).orElse(null);
        if (creator == null) {
            return new Result.NotFound(wallet);
        }
        TipJarView tipJar = store.tipJars().current(wallet).map(TipJarView::of).orElse(null);
        Store.Tips.Totals totals = store.tips().creatorTotals(wallet);
        return new Result.Dashboard(creator, tipJar, totals.count(), totals.sum(), totals.distinct(),
                store.stickers().countByCreator(wallet), store.tips().recentByCreator(wallet, RECENT_TIPS));
    }
}
