package dev.stickerplatform.application.treasury;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.TipJar;
import dev.stickerplatform.domain.port.Store;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.SignerRole;
import dev.stickerplatform.domain.port.Signers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The platform's treasury at a glance: balance and minimum balance of every role account (and of the fee treasury
 * when it is another account), the ALGO locked in sticker assets, what was spent per kind and day, the fees that
 * came in, and the runway — how many days the spendable ALGO lasts at the current net rate of spending. Balances
 * are read from the chain at each call; deployments per day from the store; mints, deliveries, destroys and
 * fees from this process's {@link SpendLedger}.
 */
public final class TreasuryService {
    /** What every asset an account created or holds adds to its minimum balance. */
    public static final MicroAlgos ASSET_MIN_BALANCE = MicroAlgos.of(100_000);
    /** The fee the platform's own transactions pay at the network's minimum (what the spend figures assume). */
    public static final MicroAlgos MIN_FEE = MicroAlgos.of(1_000);
    private final Chain chain;
    private final Store store;
    private final Signers signers;
    private final Address treasury;
    private final SpendLedger ledger;
    private final MicroAlgos deploymentCost;
    private final Clock clock;

    /**
     * @param treasury       the account tip fees go to; null when it is the MINTER account
     * @param deploymentCost what one TipProxy costs the DEPLOYER (fees, the app's minimum balance, the funding):
     *                       deployments per day are counted from the store, so they survive restarts
     */
    public TreasuryService(Chain chain, Store store, Signers signers, Address treasury, SpendLedger ledger,
                           MicroAlgos deploymentCost, Clock clock) {
        this.chain = chain;
        this.store = store;
        this.signers = signers;
        this.treasury = treasury;
        this.ledger = ledger;
        this.deploymentCost = deploymentCost;
        this.clock = clock;
    }

    /** One account: {@code available} is what it can spend without going below its minimum balance. */
    public record Account(String role, Address address, MicroAlgos balance, MicroAlgos minBalance,
                          MicroAlgos available, int assets) {
    }

    /**
     * @param runwayDays        available ÷ net spend per day, or null when nothing is being spent (net of fees)
     * @param netSpendPerDay    average over the days observed: spent − fees received − returned, at least 0
     */
    public record Report(List<Account> accounts, int stickerAssets, MicroAlgos lockedInStickers,
                         List<SpendLedger.DaySpend> days, int daysObserved, MicroAlgos feesReceived,
                         MicroAlgos available, MicroAlgos netSpendPerDay, BigDecimal runwayDays) {
    }

    public Report report() {
        List<Account> accounts = new ArrayList<>();
        long available = 0;
        int stickerAssets = 0;
        for (SignerRole role : SignerRole.values()) {
            Account account = account(role.name(), signers.forRole(role).address());
            accounts.add(account);
            available += account.available().value();
            if (role == SignerRole.MINTER) {
                stickerAssets = account.assets();
            }
        }
        if (treasury != null && accounts.stream().noneMatch(a -> a.address().equals(treasury))) {
            accounts.add(account("TREASURY", treasury));
        }
        List<SpendLedger.DaySpend> days = withDeployments(ledger.days());
        int observed = ledger.daysObserved();
        LocalDate from = today().minusDays(observed - 1L);
        long spent = 0;
        long fees = 0;
        long returned = 0;
        for (SpendLedger.DaySpend day : days) {
            if (!day.day().isBefore(from)) {
                spent += day.totalSpent();
                fees += day.feesReceived();
                returned += day.returned();
            }
        }
        long net = Math.max(0, spent - fees - returned) / observed;
        BigDecimal runway = net == 0 ? null
                : BigDecimal.valueOf(available).divide(BigDecimal.valueOf(net), 1, RoundingMode.DOWN);
        return new Report(accounts, stickerAssets, MicroAlgos.of(ASSET_MIN_BALANCE.value() * stickerAssets), days,
                observed, MicroAlgos.of(fees), MicroAlgos.of(available), MicroAlgos.of(net), runway);
    }

    /** The ledger's days with the deployments of each of the last {@link SpendLedger#DAYS} days added. */
    private List<SpendLedger.DaySpend> withDeployments(List<SpendLedger.DaySpend> recorded) {
        LocalDate first = today().minusDays(SpendLedger.DAYS - 1L);
        Map<LocalDate, Long> deployments = new TreeMap<>();
        for (TipJar jar : store.tipJars().withApps()) {
            if (jar.activatedAt() != null) {
                LocalDate day = LocalDate.ofInstant(jar.activatedAt(), ZoneOffset.UTC);
                if (!day.isBefore(first)) {
                    deployments.merge(day, 1L, Long::sum);
                }
            }
        }
        Map<LocalDate, SpendLedger.DaySpend> days = new TreeMap<>();
        for (SpendLedger.DaySpend day : recorded) {
            days.put(day.day(), day);
        }
        deployments.forEach((day, count) -> {
            SpendLedger.DaySpend known = days.get(day);
            Map<SpendKind, Long> spent = new EnumMap<>(SpendKind.class);
            for (SpendKind kind : SpendKind.values()) {
                spent.put(kind, known == null ? 0L : known.spent().get(kind));
            }
            spent.put(SpendKind.DEPLOYMENT, Math.multiplyExact(count, deploymentCost.value()));
            days.put(day, new SpendLedger.DaySpend(day, spent, known == null ? 0 : known.feesReceived(),
                    known == null ? 0 : known.returned()));
        });
        return new ArrayList<>(days.values());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private Account account(String role, Address address) {
        Chain.AccountInfo info = chain.account(address);
        long free = Math.max(0, info.balance().value() - info.minBalance().value());
        return new Account(role, address, info.balance(), info.minBalance(), MicroAlgos.of(free),
                info.assets().size());
    }
}
