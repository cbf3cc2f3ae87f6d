package dev.stickerplatform.application.query;

import static dev.stickerplatform.application.query.Fixtures.CREATOR;
import static dev.stickerplatform.application.query.Fixtures.FAN;
import static dev.stickerplatform.application.query.Fixtures.sticker;
import static dev.stickerplatform.application.query.Fixtures.template;
import static dev.stickerplatform.domain.model.DeliveryStatus.DELIVERED;
import static dev.stickerplatform.domain.model.DeliveryStatus.PENDING_OPTIN;
import static dev.stickerplatform.domain.model.StickerType.SOULBOUND;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.adapters.persistence.memory.InMemoryStore;
import dev.stickerplatform.application.query.FanPendingStickersService.PendingStickers;
import dev.stickerplatform.application.query.FanPendingStickersService.Query;
import dev.stickerplatform.domain.model.StickerTemplate;
import dev.stickerplatform.domain.port.PageRequest;
import dev.stickerplatform.domain.port.Store;
import org.junit.jupiter.api.Test;

class FanPendingStickersServiceTest {
    private final Store store = new InMemoryStore();
    private final FanPendingStickersService service = new FanPendingStickersService(store);
    private final StickerTemplate thanks = store.templates().insert(template(CREATOR, "Thanks", 1));

    @Test
    void listsOnlyStickersWaitingForTheFansOptInNewestFirst() {
        store.stickers().insert(sticker("a", thanks, FAN, SOULBOUND, PENDING_OPTIN, 11, 1));
        store.stickers().insert(sticker("b", thanks, FAN, SOULBOUND, DELIVERED, 12, 2));
        store.stickers().insert(sticker("c", thanks, FAN, SOULBOUND, PENDING_OPTIN, 13, 3));

        PendingStickers pending = service.get(new FanPendingStickersService.Query(FAN, PageRequest.first(50)));

        assertThat(pending.stickers()).extracting(s -> s.assetId().value()).containsExactly(13L, 11L);
        assertThat(pending.stickers()).allMatch(s -> s.templateName().equals("Thanks"));
    }

    @Test
    void pagesWithTheTotalOfAllPendingStickers() {
        for (int i = 0; i < 3; i++) {
            store.stickers().insert(sticker("s" + i, thanks, FAN, SOULBOUND, PENDING_OPTIN, 20 + i, i));
        }

        PendingStickers page = service.get(new Query(FAN, PageRequest.first(2)));

        assertThat(page.stickers()).hasSize(2);
        assertThat(page.totalCount()).isEqualTo(3);
        assertThat(page.hasMore()).isTrue();
    }
}
