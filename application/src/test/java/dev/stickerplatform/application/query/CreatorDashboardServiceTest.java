package dev.stickerplatform.application.query;

import static dev.stickerplatform.application.query.Fixtures.CREATOR;
import static dev.stickerplatform.application.query.Fixtures.FAN;
import static dev.stickerplatform.application.query.Fixtures.activeTipJar;
import static dev.stickerplatform.application.query.Fixtures.creator;
import static dev.stickerplatform.application.query.Fixtures.sticker;
import static dev.stickerplatform.application.query.Fixtures.template;
import static dev.stickerplatform.application.query.Fixtures.tip;
import static dev.stickerplatform.application.query.Fixtures.wallet;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.adapters.persistence.memory.InMemoryStore;
import dev.stickerplatform.application.query.CreatorDashboardService.Query;
import dev.stickerplatform.application.query.CreatorDashboardService.Result;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.DeliveryStatus;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.StickerTemplate;
import dev.stickerplatform.domain.model.StickerType;
import dev.stickerplatform.domain.model.Tip;
import dev.stickerplatform.domain.model.TipJarStatus;
import dev.stickerplatform.domain.port.Store;
import org.junit.jupiter.api.Test;

class CreatorDashboardServiceTest {
    private final Store store = new InMemoryStore();
    private final CreatorDashboardService service = new CreatorDashboardService(store);

    private Result.Dashboard dashboard() {
        return (Result.Dashboard) service.get(new Query(CREATOR));
    }

    @Test
    void anUnregisteredCreatorIsNotFound() {
        assertThat(service.get(new Query(CREATOR))).isEqualTo(new Result.NotFound(CREATOR));
    }

    @Test
    void showsTheCurrentTipJar() {
        store.creators().save(creator(CREATOR, "alice"));
        store.tipJars().insert(activeTipJar(CREATOR, 2001));

        TipJarView jar = dashboard().tipJar();

        assertThat(jar.status()).isEqualTo(TipJarStatus.ACTIVE);
        assertThat(jar.appId()).isEqualTo(AppId.of(2001));
        assertThat(jar.appAddress()).isEqualTo(AppId.of(2001).address());
    }

    @Test
    void aCreatorWithoutTipJarHasNone() {
        store.creators().save(creator(CREATOR, null));

        assertThat(dashboard().tipJar()).isNull();
    }

    @Test
    void totalsCoverAllTipsAndStickers() {
        store.creators().save(creator(CREATOR, "alice"));
        store.tips().insertIfAbsent(tip("a", FAN, CREATOR, 1_000_000, 1));
        store.tips().insertIfAbsent(tip("b", wallet(3), CREATOR, 2_000_000, 2));
        store.tips().insertIfAbsent(tip("c", FAN, wallet(9), 4_000_000, 3));
        StickerTemplate thanks = store.templates().insert(template(CREATOR, "Thanks", 1));
        store.stickers().insert(sticker("a", thanks, FAN, StickerType.SOULBOUND, DeliveryStatus.DELIVERED, 11, 1));

        Result.Dashboard board = dashboard();

        assertThat(board.totalTips()).isEqualTo(2);
        assertThat(board.totalReceived()).isEqualTo(MicroAlgos.of(3_000_000));
        assertThat(board.totalFans()).isEqualTo(2);
        assertThat(board.stickersMinted()).isEqualTo(1);
        assertThat(board.creator().username()).isEqualTo("alice");
    }

    @Test
    void recentTipsAreTheLatestTwentyNewestFirst() {
        store.creators().save(creator(CREATOR, "alice"));
        for (int i = 1; i <= 25; i++) {
            store.tips().insertIfAbsent(tip("t" + i, FAN, CREATOR, 1_000, i));
        }

        assertThat(dashboard().recentTips()).hasSize(20).first().extracting(t -> t.memo().text()).isEqualTo("memo t25");
    }
}
