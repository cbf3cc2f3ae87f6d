package dev.stickerplatform.application.query;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.Creator;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.port.PageRequest;
import dev.stickerplatform.domain.port.Store;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A creator's top fans by amount given, with how many of the creator's stickers each holds. The totals cover
 * all the creator's fans, not only the ones listed. A fixed number of store calls, whatever the limit.
 */
public final class CreatorLeaderboardService {
    private final Store store;
    private final Clock clock;

    public CreatorLeaderboardService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * {@code limit}: how many fans to list, 1 to 101 (a page and one more, to know whether more follow);
     * {@code offset}: how many ranks to skip (the ranking pages to its end).
     */
    public record Query(Address creator, int offset, int limit) {
        public Query {
            if (creator == null) {
                throw new IllegalArgumentException("creator is required");
            }
            if (limit < 1 || limit > PageRequest.MAX_LIMIT + 1 || offset < 0) {
                throw new IllegalArgumentException("limit must be between 1 and 101 and offset not negative");
            }
        }

        public Query(Address creator, int limit) {
            this(creator, 0, limit);
        }
    }

    /**
     * One fan's place: {@code rank} starts at 1. {@code expiredMemberships}: how many of the {@code stickersOwned}
     * are memberships past their expiry.
     */
    public record FanEntry(int rank, Address fan, long tipCount, MicroAlgos total, long stickersOwned,
                           long expiredMemberships) {
    }

    public sealed interface Result {
        /** {@code totalFans}, {@code totalTips} and {@code totalReceived} are over all fans of the creator. */
        record Leaderboard(Address creator, String username, long totalFans, long totalTips,
                           MicroAlgos totalReceived, List<FanEntry> fans) implements Result {
            public Leaderboard {
                fans = List.copyOf(fans);
            }
        }

        record NotFound(Address creator) implements Result {
        }
    }

    public Result get(Query query) {
        Address wallet = query.creator();
        Creator creator = store.creators().find(wallet).orElse(null);
        if (creator == null) {
            return new Result.NotFound(wallet);
        }
        Store.Tips.Totals totals = store.tips().creatorTotals(wallet);
        List<Store.Tips.Ranked> ranked = store.tips().fansOfCreator(wallet, query.offset(), query.limit());
        List<Address> fanWallets = ranked.stream().map(Store.Tips.Ranked::party).toList();
        Map<Address, Long> owned = fanWallets.isEmpty() ? Map.of()
                : store.stickers().countByCreatorForOwners(wallet, fanWallets);
        Map<Address, Long> expired = fanWallets.isEmpty() ? Map.of()
                : store.stickers().countExpiredMemberships(wallet, fanWallets, clock.instant());
        List<FanEntry> fans = new ArrayList<>(ranked.size());
        for (Store.Tips.Ranked fan : ranked) {
            fans.add(new FanEntry(query.offset() + fans.size() + 1, fan.party(), fan.count(), fan.sum(),
                    owned.getOrDefault(fan.party(), 0L), expired.getOrDefault(fan.party(), 0L)));
        }
        return new Result.Leaderboard(wallet, creator.username(), totals.distinct(), totals.count(), totals.sum(),
                fans);
    }
}
