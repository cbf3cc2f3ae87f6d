package dev.stickerplatform.application.query;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.StickerType;
import dev.stickerplatform.domain.model.Tip;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.policy.StickerSelection;
import dev.stickerplatform.domain.port.Store;
import java.time.Clock;
import java.util.Optional;

/**
 * The prototype's "golden odds" route, telling the truth about the policy in force: no dice are rolled and nothing is
 * guaranteed every N tips. A tip earns the creator's template with the highest threshold it reaches (golden wins a
 * tie), so for a given creator and amount the answer is certain — golden or not — and computed by the very
 * {@link StickerSelection} the listener uses. Without a creator there is nothing to compute: the answer says so.
 */
public final class GoldenOddsService {
    public static final String POLICY = "highest-threshold-template";
    static final String NOTICE = "No chance is involved and nothing is guaranteed every N tips: a tip earns the"
            + " creator's sticker template with the highest threshold the tip reaches (golden wins a tie). It is"
            + " golden when that template is golden.";
    private static final TxId PLANNED = TxId.fromHash(new byte[32]);

    private final Store store;
    private final Clock clock;

    public GoldenOddsService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** {@code creator}: the creator the fan plans to tip, or null. */
    public record Query(Address fan, MicroAlgos amount, Address creator) {
        public Query {
            if (fan == null || amount == null) {
                throw new IllegalArgumentException("fan and amount are required");
            }
        }
    }

    /**
     * {@code golden} is null without a creator; {@code templateName} is the template the tip would earn (null: none,
     * or no creator); {@code goldenBps} is 10000 when golden, else 0.
     */
    public record GoldenOddsView(Address fan, MicroAlgos amount, Address creator, Boolean golden,
                                 String templateName, int goldenBps, String description, String notice) {
    }

    public GoldenOddsView get(Query query) {
        if (query.creator() == null) {
            return new GoldenOddsView(query.fan(), query.amount(), null, null, null, 0,
                    "Depends on the creator's sticker templates: ask with ?creator=<wallet> for a certain answer.",
                    NOTICE);
        }
        Tip planned = new Tip(PLANNED, AppId.of(1), query.fan(), query.creator(), query.amount(), "", Round.ZERO,
                clock.instant());
        var outcome = StickerSelection.select(planned, store.templates().byCreator(query.creator()), clock.instant());
        Optional<StickerSelection.Outcome.Mint> mint = outcome instanceof StickerSelection.Outcome.Mint m
                ? Optional.of(m) : Optional.empty();
        boolean golden = mint.map(m -> m.type() == StickerType.GOLDEN).orElse(false);
        String description = mint.map(m -> "A tip of " + query.amount().toAlgoString() + " ALGO earns '"
                        + m.template().name() + "' (" + m.type().name().toLowerCase(java.util.Locale.ROOT) + ").")
                .orElse("A tip of " + query.amount().toAlgoString() + " ALGO reaches none of this creator's"
                        + " sticker templates.");
        return new GoldenOddsView(query.fan(), query.amount(), query.creator(), golden,
                mint.map(m -> m.template().name()).orElse(null), golden ? 10_000 : 0, description, NOTICE);
    }
}
