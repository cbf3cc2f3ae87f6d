package dev.stickerplatform.adapters.http.routes;

import dev.stickerplatform.adapters.http.problem.Problem;
import dev.stickerplatform.adapters.http.problem.ProblemException;
import dev.stickerplatform.adapters.http.problem.ProblemType;
import dev.stickerplatform.adapters.http.server.AccessRule;
import dev.stickerplatform.adapters.http.server.RouteClass;
import dev.stickerplatform.adapters.http.server.RouteTable;
import dev.stickerplatform.application.treasury.SpendKind;
import dev.stickerplatform.application.treasury.SpendLedger;
import dev.stickerplatform.application.treasury.TreasuryService;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The platform's money for operators: {@code GET /admin/treasury} (amounts in µALGO). */
final class TreasuryRoutes implements RouteGroup {
    private final TreasuryService treasury;

    TreasuryRoutes(TreasuryService treasury) {
        this.treasury = treasury;
    }

    @Override
    public void register(RouteTable routes) {
        routes.get("/admin/treasury", AccessRule.admin(), RouteClass.READ, this::show);
    }

    record AccountJson(String role, String address, long balanceMicroAlgos, long minBalanceMicroAlgos,
                       long availableMicroAlgos, int assets) {
        static AccountJson of(TreasuryService.Account a) {
            return new AccountJson(a.role(), a.address().value(), a.balance().value(), a.minBalance().value(),
                    a.available().value(), a.assets());
        }
    }

    record DayJson(String day, Map<String, Long> spentMicroAlgos, long totalSpentMicroAlgos,
                   long feesReceivedMicroAlgos, long returnedMicroAlgos) {
        static DayJson of(SpendLedger.DaySpend d) {
            Map<String, Long> spent = new LinkedHashMap<>();
            for (SpendKind kind : SpendKind.values()) {
                spent.put(kind.label(), d.spent().getOrDefault(kind, 0L));
            }
            return new DayJson(d.day().toString(), spent, d.totalSpent(), d.feesReceived(), d.returned());
        }
    }

    record TreasuryJson(List<AccountJson> accounts, int stickerAssets, long lockedInStickersMicroAlgos,
                        List<DayJson> spendPerDay, int daysObserved, long feesReceivedMicroAlgos,
                        long availableMicroAlgos, long netSpendPerDayMicroAlgos, BigDecimal runwayDays) {
    }

    private void show(Context ctx) {
        if (treasury == null) {
            throw new ProblemException(Problem.of(ProblemType.UNAVAILABLE, "This process keeps no treasury view."));
        }
        TreasuryService.Report r = treasury.report();
        ctx.json(new TreasuryJson(r.accounts().stream().map(AccountJson::of).toList(), r.stickerAssets(),
                r.lockedInStickers().value(), r.days().stream().map(DayJson::of).toList(), r.daysObserved(),
                r.feesReceived().value(), r.available().value(), r.netSpendPerDay().value(), r.runwayDays()));
    }
}
