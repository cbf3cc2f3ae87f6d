package dev.stickerplatform.application.query;

import static dev.stickerplatform.application.query.Fixtures.CREATOR;
import static dev.stickerplatform.application.query.Fixtures.FAN;
import static dev.stickerplatform.application.query.Fixtures.creator;
import static dev.stickerplatform.application.query.Fixtures.sticker;
import static dev.stickerplatform.application.query.Fixtures.template;
import static dev.stickerplatform.application.query.Fixtures.tip;
import static dev.stickerplatform.application.query.Fixtures.wallet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.stickerplatform.application.ObservedStore;
import dev.stickerplatform.application.query.CreatorLeaderboardService.FanEntry;
import dev.stickerplatform.application.query.CreatorLeaderboardService.Query;
import dev.stickerplatform.application.query.CreatorLeaderboardService.Result;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.DeliveryStatus;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.StickerTemplate;
import dev.stickerplatform.domain.model.StickerType;
import dev.stickerplatform.domain.port.Store;
import org.junit.jupiter.api.Test;

class CreatorLeaderboardServiceTest {
    private static final Address OTHER_FAN = wallet(3);
    private final ObservedStore observed = new ObservedStore();
    private final Store store = observed.store();
    private final CreatorLeaderboardService service = new CreatorLeaderboardService(store, java.time.Clock.systemUTC());

    private Result.Leaderboard leaderboard(int limit) {
        return (Result.Leaderboard) service.get(new Query(CREATOR, limit));
    }

    private void twoFansTipped() {
        store.creators().save(creator(CREATOR, "alice"));
        store.tips().insertIfAbsent(tip("a", FAN, CREATOR, 1_000_000, 1));
        store.tips().insertIfAbsent(tip("b", OTHER_FAN, CREATOR, 5_000_000, 2));
        store.tips().insertIfAbsent(tip("c", FAN, CREATOR, 1_000_000, 3));
    }

    @Test
    void anUnregisteredCreatorIsNotFound() {
        assertThat(service.get(new Query(CREATOR, 20))).isEqualTo(new Result.NotFound(CREATOR));
    }

    @Test
    void ranksFansByTotalGivenFromOne() {
        twoFansTipped();

        assertThat(leaderboard(20).fans()).extracting(FanEntry::rank, FanEntry::fan, FanEntry::tipCount, FanEntry::total)
                .containsExactly(
                        tuple(1, OTHER_FAN, 1L, MicroAlgos.of(5_000_000)),
                        tuple(2, FAN, 2L, MicroAlgos.of(2_000_000)));
    }

    @Test
    void totalsCoverAllFansNotOnlyTheListedOnes() {
        twoFansTipped();

        Result.Leaderboard board = leaderboard(1);

        assertThat(board.fans()).hasSize(1);
        assertThat(board.totalFans()).isEqualTo(2);
        assertThat(board.totalTips()).isEqualTo(3);
        assertThat(board.totalReceived()).isEqualTo(MicroAlgos.of(7_000_000));
        assertThat(board.username()).isEqualTo("alice");
    }

    @Test
    void countsEachFansDeliveredStickersOfThisCreatorInOneCall() {
        twoFansTipped();
        StickerTemplate thanks = store.templates().insert(template(CREATOR, "Thanks", 1));
        StickerTemplate elsewhere = store.templates().insert(template(wallet(8), "Other", 1));
        store.stickers().insert(sticker("a", thanks, FAN, StickerType.SOULBOUND, DeliveryStatus.DELIVERED, 11, 1));
        store.stickers().insert(sticker("b", thanks, FAN, StickerType.SOULBOUND, DeliveryStatus.DELIVERED, 14, 2));
        store.stickers().insert(sticker("c", thanks, FAN, StickerType.SOULBOUND, DeliveryStatus.PENDING_OPTIN, 12, 3));
        store.stickers().insert(sticker("x", elsewhere, OTHER_FAN, StickerType.GOLDEN, DeliveryStatus.DELIVERED, 13, 4));

        Result.Leaderboard board = leaderboard(20);

        assertThat(board.fans()).extracting(FanEntry::stickersOwned).containsExactly(0L, 2L);
        assertThat(observed.calls("Stickers.countByCreatorForOwners")).isEqualTo(1);
    }

    @Test
    void theLimitIsAPageAndOneMoreAndTheOffsetNotNegative() {
        assertThatThrownBy(() -> new Query(CREATOR, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Query(CREATOR, 102)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Query(CREATOR, -1, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
