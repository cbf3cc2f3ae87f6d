package dev.stickerplatform.application.query;

import static dev.stickerplatform.application.query.Fixtures.CREATOR;
import static dev.stickerplatform.application.query.Fixtures.FAN;
import static dev.stickerplatform.application.query.Fixtures.sticker;
import static dev.stickerplatform.application.query.Fixtures.template;
import static dev.stickerplatform.application.query.Fixtures.tip;
import static dev.stickerplatform.application.query.Fixtures.wallet;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.adapters.persistence.memory.InMemoryStore;
import dev.stickerplatform.application.query.FanStatsService.FanStats;
import dev.stickerplatform.application.query.FanStatsService.Query;
import dev.stickerplatform.domain.model.DeliveryStatus;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.StickerTemplate;
import dev.stickerplatform.domain.model.StickerType;
import dev.stickerplatform.domain.model.Tip;
import dev.stickerplatform.domain.port.Store;
import org.junit.jupiter.api.Test;

class FanStatsServiceTest {
    private final Store store = new InMemoryStore();
    private final FanStatsService service = new FanStatsService(store, java.time.Clock.systemUTC());

    private FanStats stats() {
        return service.get(new Query(FAN));
    }

    @Test
    void totalsCountSumAndDistinctCreators() {
        store.tips().insertIfAbsent(tip("a", FAN, CREATOR, 1_000_000, 1));
        store.tips().insertIfAbsent(tip("b", FAN, CREATOR, 2_000_000, 2));
        store.tips().insertIfAbsent(tip("c", FAN, wallet(5), 500_000, 3));
        store.tips().insertIfAbsent(tip("d", wallet(9), CREATOR, 9_000_000, 4));

        FanStats stats = stats();

        assertThat(stats.totalTips()).isEqualTo(3);
        assertThat(stats.totalSpent()).isEqualTo(MicroAlgos.of(3_500_000));
        assertThat(stats.uniqueCreators()).isEqualTo(2);
    }

    @Test
    void theAverageIsWholeMicroAlgosRoundedDown() {
        store.tips().insertIfAbsent(tip("a", FAN, CREATOR, 1, 1));
        store.tips().insertIfAbsent(tip("b", FAN, CREATOR, 2, 2));

        assertThat(stats().averageTip()).isEqualTo(MicroAlgos.of(1));
    }

    @Test
    void aWalletThatNeverTippedGetsZeros() {
        FanStats stats = stats();

        assertThat(stats.totalTips()).isZero();
        assertThat(stats.totalSpent()).isEqualTo(MicroAlgos.ZERO);
        assertThat(stats.averageTip()).isEqualTo(MicroAlgos.ZERO);
        assertThat(stats.creatorBreakdown()).isEmpty();
        assertThat(stats.stickersByType()).containsEntry(StickerType.GOLDEN, 0L);
    }

    @Test
    void theBreakdownListsTheTenCreatorsTippedMostByTotal() {
        for (int i = 1; i <= 11; i++) {
            store.tips().insertIfAbsent(tip("t" + i, FAN, wallet(10 + i), 1_000L * i, i));
        }

        FanStats stats = stats();

        assertThat(stats.creatorBreakdown()).hasSize(10);
        assertThat(stats.creatorBreakdown().getFirst())
                .isEqualTo(new FanStatsService.CreatorShare(wallet(21), 1, MicroAlgos.of(11_000)));
    }

    @Test
    void recentTipsAreTheLatestTenNewestFirst() {
        for (int i = 1; i <= 12; i++) {
            store.tips().insertIfAbsent(tip("t" + i, FAN, CREATOR, 1_000, i));
        }

        assertThat(stats().recentTips()).hasSize(10).first().extracting(t -> t.memo().text()).isEqualTo("memo t12");
    }

    @Test
    void stickerCountsCoverTheDeliveredStickersOnly() {
        StickerTemplate thanks = store.templates().insert(template(CREATOR, "Thanks", 1));
        store.stickers().insert(sticker("a", thanks, FAN, StickerType.GOLDEN, DeliveryStatus.DELIVERED, 11, 1));
        store.stickers().insert(sticker("b", thanks, FAN, StickerType.GOLDEN, DeliveryStatus.PENDING_OPTIN, 12, 2));
        store.stickers().insert(sticker("c", thanks, FAN, StickerType.SOULBOUND, DeliveryStatus.DELIVERED, 13, 3));

        FanStats stats = stats();

        assertThat(stats.stickersByType()).containsEntry(StickerType.GOLDEN, 1L).containsEntry(StickerType.SOULBOUND, 1L);
        assertThat(stats.totalStickers()).as("a sticker waiting for opt-in is not owned yet").isEqualTo(2);
    }
}
