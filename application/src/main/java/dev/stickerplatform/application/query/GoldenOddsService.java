package dev.stickerplatform.application.query;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.policy.GoldenOdds;

/**
 * The prototype's "golden odds" display for a planned tip amount, kept for the front end. The pipeline does not
 * roll dice: a tip earns the creator's template with the highest threshold it reaches, so the answer says so
 * plainly in {@code notice} and fans are not misled into thinking golden stickers are a lottery.
 */
public final class GoldenOddsService {
    static final String NOTICE = "These odds are informational only. Which sticker a tip earns, soulbound or"
            + " golden, is decided by the creator's sticker templates: you receive the template with the highest"
            + " threshold your tip reaches. Golden stickers come from the creator's golden templates, not from"
            + " chance.";

    private final Config config;

    public GoldenOddsService(Config config) {
        this.config = config;
    }

    /**
     * @param baseBps  base chance in basis points (1000 = 10 %)
     * @param interval "guaranteed every N tips" as displayed
     */
    public record Config(int baseBps, int interval) {
        public Config {
            if (baseBps < 0 || baseBps > GoldenOdds.CAP_BPS || interval < 1) {
                throw new IllegalArgumentException("baseBps must be 0 to 8000 and interval at least 1");
            }
        }

        public static Config defaults() {
            return new Config(GoldenOdds.DEFAULT_BASE_BPS, GoldenOdds.DEFAULT_INTERVAL);
        }
    }

    public record Query(Address fan, MicroAlgos amount) {
        public Query {
            if (fan == null || amount == null) {
                throw new IllegalArgumentException("fan and amount are required");
            }
        }
    }

    /** Probabilities in basis points (1 bp = 0.01 %), so no floating point is involved. */
    public record GoldenOddsView(Address fan, MicroAlgos amount, int baseBps, int bonusBps, int totalBps,
                                 int interval, String description, String notice) {
    }

    public GoldenOddsView get(Query query) {
        GoldenOdds.Odds odds = GoldenOdds.forAmount(query.amount(), config.baseBps(), config.interval());
        return new GoldenOddsView(query.fan(), query.amount(), odds.baseBps(), odds.bonusBps(), odds.totalBps(),
                odds.interval(), odds.description(), NOTICE);
    }
}
