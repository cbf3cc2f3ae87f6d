package dev.stickerplatform.application.query;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.StickerType;
import dev.stickerplatform.domain.model.Tip;
import dev.stickerplatform.domain.port.Store;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * A fan's tipping summary: totals over all their tips, the creators they tipped most, their latest tips and the
 * stickers they hold. A wallet that never tipped gets zeros, not "not found".
 */
public final class FanStatsService {
    static final int TOP_CREATORS = 10;
    static final int RECENT_TIPS = 10;

    private final Store store;
    private final Clock clock;

    public FanStatsService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public record Query(Address fan) {
        public Query {
            if (fan == null) {
                throw new IllegalArgumentException("fan is required");
            }
        }
    }

    /** What one fan gave one creator. */
    public record CreatorShare(Address creator, long tipCount, MicroAlgos total) {
    }

    /**
     * @param averageTip     total / count in whole microAlgos, rounded down (zero without tips)
     * @param stickersByType every sticker type with its count, over the stickers the fan owns (delivered)
     * @param expiredMemberships how many of those are memberships past their expiry (still owned, marked expired)
     */
    public record FanStats(Address fan, long totalTips, MicroAlgos totalSpent, MicroAlgos averageTip,
                           long uniqueCreators, Map<StickerType, Long> stickersByType,
                           List<CreatorShare> creatorBreakdown, List<Tip> recentTips, long expiredMemberships) {
        public FanStats {
            stickersByType = StickerViews.countsByType(stickersByType);
            creatorBreakdown = List.copyOf(creatorBreakdown);
            recentTips = List.copyOf(recentTips);
        }

        public long totalStickers() {
            return stickersByType.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    public FanStats get(Query query) {
        Address fan = query.fan();
        Store.Tips.Totals totals = store.tips().fanTotals(fan);
        MicroAlgos average = totals.count() == 0 ? MicroAlgos.ZERO
                : MicroAlgos.of(totals.sum().value() / totals.count());
        List<CreatorShare> breakdown = store.tips().creatorsOfFan(fan, TOP_CREATORS).stream()
                .map(r -> new CreatorShare(r.party(), r.count(), r.sum()))
                .toList();
        return new FanStats(fan, totals.count(), totals.sum(), average, totals.distinct(),
                store.stickers().countByOwnerAndType(fan), breakdown,
                store.tips().recentByFan(fan, RECENT_TIPS),
                store.stickers().countExpiredMemberships(null, List.of(fan), clock.instant()).getOrDefault(fan, 0L));
    }
}
