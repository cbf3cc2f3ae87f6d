package dev.stickerplatform.adapters.http.resources;

import dev.stickerplatform.application.query.CreatorLeaderboardService.FanEntry;
import dev.stickerplatform.application.query.CreatorLeaderboardService;
import dev.stickerplatform.domain.model.Address;
import java.util.List;

/** A creator's top fans, one page; the totals cover all fans, not just the page. */
public record CreatorLeaderboardJson(String creatorWallet, String creatorUsername, long totalFans, long totalTips,
                                     long totalReceivedMicroAlgos, String totalReceivedAlgo,
                                     List<FanJson> leaderboard, int limit, String nextCursor) {

    /** {@code expiredMemberships}: how many of the {@code nftCount} stickers are memberships past their expiry. */
    public record FanJson(int rank, String fanWallet, long tipCount, long totalMicroAlgos, String totalAlgo,
                          long nftCount, long expiredMemberships) {
        public static FanJson of(FanEntry e) {
            return new FanJson(e.rank(), e.fan().value(), e.tipCount(), e.total().value(), e.total().toAlgoString(),
                    e.stickersOwned(), e.expiredMemberships());
        }
    }

    public static CreatorLeaderboardJson of(Address creator, CreatorLeaderboardService.Result.Leaderboard board,
                                            List<FanEntry> fans, int limit, String nextCursor) {
        return new CreatorLeaderboardJson(creator.value(), board.username(), board.totalFans(), board.totalTips(),
                board.totalReceived().value(), board.totalReceived().toAlgoString(),
                fans.stream().map(FanJson::of).toList(), limit, nextCursor);
    }
}
