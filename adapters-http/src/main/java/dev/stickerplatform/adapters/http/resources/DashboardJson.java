package dev.stickerplatform.adapters.http.resources;

import dev.stickerplatform.application.query.CreatorDashboardService;
import dev.stickerplatform.domain.model.Address;
import java.util.List;

/**
 * A creator's dashboard: the platform's records plus the tip jar's on-chain counters ({@code stats}, null when the
 * chain cannot be read).
 */
public record DashboardJson(String walletAddress, String username, TipJarJson contract, TipJarStatsJson stats,
                            long totalTips, long totalReceivedMicroAlgos, String totalReceivedAlgo, long totalFans,
                            long totalStickersMinted, List<TipJson> recentTransactions) {

    public static DashboardJson of(Address wallet, CreatorDashboardService.Result.Dashboard d, TipJarStatsJson stats) {
        return new DashboardJson(wallet.value(), d.creator().username(),
                d.tipJar() == null ? null : TipJarJson.of(d.tipJar()), stats, d.totalTips(),
                d.totalReceived().value(), d.totalReceived().toAlgoString(), d.totalFans(), d.stickersMinted(),
                d.recentTips().stream().map(TipJson::of).toList());
    }
}
