package dev.stickerplatform.adapters.http.resources;

import dev.stickerplatform.application.query.FanStatsService.CreatorShare;
import dev.stickerplatform.application.query.FanStatsService.FanStats;
import dev.stickerplatform.domain.model.StickerType;
import java.util.List;

/**
 * A fan's tipping summary; totals cover all the fan's tips and owned stickers. {@code expiredMemberships}: how many of
 * the owned stickers are memberships past their expiry (still owned, marked expired).
 */
public record FanStatsJson(String wallet, long totalTips, long totalSpentMicroAlgos, String totalSpentAlgo,
                           long averageTipMicroAlgos, String averageTipAlgo, long uniqueCreators, long totalSoulbound,
                           long totalGolden, long totalNfts, List<ShareJson> creatorBreakdown, List<TipJson> recentTips,
                           long expiredMemberships) {

    public record ShareJson(String creatorWallet, long tipCount, long totalMicroAlgos, String totalAlgo) {
        public static ShareJson of(CreatorShare share) {
            return new ShareJson(share.creator().value(), share.tipCount(), share.total().value(),
                    share.total().toAlgoString());
        }
    }

    public static FanStatsJson of(FanStats s) {
        return new FanStatsJson(s.fan().value(), s.totalTips(), s.totalSpent().value(), s.totalSpent().toAlgoString(),
                s.averageTip().value(), s.averageTip().toAlgoString(), s.uniqueCreators(),
                s.stickersByType().get(StickerType.SOULBOUND), s.stickersByType().get(StickerType.GOLDEN),
                s.totalStickers(), s.creatorBreakdown().stream().map(ShareJson::of).toList(),
                s.recentTips().stream().map(TipJson::of).toList(), s.expiredMemberships());
    }
}
