package dev.stickerplatform.adapters.http.resources;

import dev.stickerplatform.application.treasury.SpendKind;
import dev.stickerplatform.application.treasury.SpendLedger;
import dev.stickerplatform.application.treasury.TreasuryService;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The platform's money for operators (amounts in µALGO). */
public record TreasuryJson(List<AccountJson> accounts, int stickerAssets, long lockedInStickersMicroAlgos,
                           List<DayJson> spendPerDay, int daysObserved, long feesReceivedMicroAlgos,
                           long availableMicroAlgos, long netSpendPerDayMicroAlgos, BigDecimal runwayDays) {

    /** One of the platform's accounts. */
    public record AccountJson(String role, String address, long balanceMicroAlgos, long minBalanceMicroAlgos,
                              long availableMicroAlgos, int assets) {
        public static AccountJson of(TreasuryService.Account a) {
            return new AccountJson(a.role(), a.address().value(), a.balance().value(), a.minBalance().value(),
                    a.available().value(), a.assets());
        }
    }

    /** One day's spending, by kind (every kind, in the kinds' order). */
    public record DayJson(String day, Map<String, Long> spentMicroAlgos, long totalSpentMicroAlgos,
                          long feesReceivedMicroAlgos, long returnedMicroAlgos) {
        public static DayJson of(SpendLedger.DaySpend d) {
            Map<String, Long> spent = new LinkedHashMap<>();
            for (SpendKind kind : SpendKind.values()) {
                spent.put(kind.label(), d.spent().getOrDefault(kind, 0L));
            }
            return new DayJson(d.day().toString(), spent, d.totalSpent(), d.feesReceived(), d.returned());
        }
    }

    public static TreasuryJson of(TreasuryService.Report r) {
        return new TreasuryJson(r.accounts().stream().map(AccountJson::of).toList(), r.stickerAssets(),
                r.lockedInStickers().value(), r.days().stream().map(DayJson::of).toList(), r.daysObserved(),
                r.feesReceived().value(), r.available().value(), r.netSpendPerDay().value(), r.runwayDays());
    }
}
