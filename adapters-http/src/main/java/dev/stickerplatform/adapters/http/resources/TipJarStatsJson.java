package dev.stickerplatform.adapters.http.resources;

import dev.stickerplatform.application.tipjar.TipJarStatsService;

/** A tip jar's on-chain counters; {@code treasuryAddress}: null for a version 1 app (no fee). */
public record TipJarStatsJson(long appId, long totalTips, long totalAmountMicroAlgos, String totalAmountAlgo,
                              long minTipMicroAlgos, String minTipAlgo, boolean paused, long contractVersion,
                              int feeBasisPoints, long feeFloorMicroAlgos, String treasuryAddress) {

    public static TipJarStatsJson of(TipJarStatsService.Stats s) {
        return new TipJarStatsJson(s.appId().value(), s.totalTips(), s.totalAmount().value(),
                s.totalAmount().toAlgoString(), s.minTip().value(), s.minTip().toAlgoString(), s.paused(),
                s.contractVersion(), s.fee().basisPoints(), s.fee().floor().value(), Wire.text(s.treasury()));
    }
}
