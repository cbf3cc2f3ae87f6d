package dev.stickerplatform.adapters.http.resources;

import dev.stickerplatform.application.query.GoldenOddsService;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.MicroAlgos;
import java.math.BigDecimal;

/**
 * The prototype's shape, with values true to the policy in force: probabilities are 1 or 0 for a given creator
 * (no chance is involved), 0 without one; {@code triggerInterval} is null (nothing is guaranteed every N tips).
 */
public record GoldenOddsJson(String wallet, long tipAmountMicroAlgos, String tipAmountAlgo, String policy,
                             String creatorWallet, Boolean golden, String templateName, BigDecimal baseProbability,
                             BigDecimal bonus, BigDecimal totalProbability, int baseBps, int bonusBps, int totalBps,
                             Integer triggerInterval, String description, String notice) {

    public static GoldenOddsJson of(Address wallet, MicroAlgos amount, GoldenOddsService.GoldenOddsView odds) {
        return new GoldenOddsJson(wallet.value(), amount.value(), amount.toAlgoString(), GoldenOddsService.POLICY,
                Wire.text(odds.creator()), odds.golden(), odds.templateName(), probability(odds.goldenBps()),
                BigDecimal.ZERO, probability(odds.goldenBps()), odds.goldenBps(), 0, odds.goldenBps(), null,
                odds.description(), odds.notice());
    }

    private static BigDecimal probability(int basisPoints) {
        return BigDecimal.valueOf(basisPoints, 4).stripTrailingZeros();
    }
}
