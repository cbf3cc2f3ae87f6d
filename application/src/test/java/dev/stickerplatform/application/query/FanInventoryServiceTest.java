package dev.stickerplatform.application.query;

import static dev.stickerplatform.application.query.Fixtures.CREATOR;
import static dev.stickerplatform.application.query.Fixtures.FAN;
import static dev.stickerplatform.application.query.Fixtures.sticker;
import static dev.stickerplatform.application.query.Fixtures.template;
import static dev.stickerplatform.application.query.Fixtures.wallet;
import static dev.stickerplatform.domain.model.DeliveryStatus.DELIVERED;
import static dev.stickerplatform.domain.model.DeliveryStatus.PENDING_OPTIN;
import static dev.stickerplatform.domain.model.StickerType.GOLDEN;
import static dev.stickerplatform.domain.model.StickerType.SOULBOUND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.application.ObservedStore;
import dev.stickerplatform.application.query.FanInventoryService.FanInventory;
import dev.stickerplatform.application.query.FanInventoryService.Query;
import dev.stickerplatform.domain.model.StickerTemplate;
import dev.stickerplatform.domain.port.PageRequest;
import dev.stickerplatform.domain.port.Store;
import org.junit.jupiter.api.Test;

class FanInventoryServiceTest {
    private final ObservedStore observed = new ObservedStore();
    private final Store store = observed.store();
    private final FanInventoryService service = new FanInventoryService(store);
    private final StickerTemplate thanks = store.templates().insert(template(CREATOR, "Thanks", 1));
    private final StickerTemplate star = store.templates().insert(template(CREATOR, "Star", 5));

    private FanInventory inventory(int limit, int offset) {
        return service.get(new Query(FAN, new PageRequest(limit, offset)));
    }

    @Test
    void listsTheFansStickersInAnyStatusNewestFirst() {
        store.stickers().insert(sticker("a", thanks, FAN, SOULBOUND, DELIVERED, 11, 1));
        store.stickers().insert(sticker("b", star, FAN, GOLDEN, PENDING_OPTIN, 12, 2));
        store.stickers().insert(sticker("c", thanks, wallet(9), SOULBOUND, DELIVERED, 13, 3));

        assertThat(inventory(50, 0).stickers()).extracting(s -> s.assetId().value()).containsExactly(12L, 11L);
    }

    @Test
    void joinsEachStickerWithItsTemplate() {
        store.stickers().insert(sticker("a", star, FAN, GOLDEN, DELIVERED, 11, 1));

        StickerView view = inventory(50, 0).stickers().getFirst();

        assertThat(view.templateName()).isEqualTo("Star");
        assertThat(view.imageUrl()).isEqualTo(star.image().gatewayUrl());
        assertThat(view.metadataUrl()).isEqualTo(star.metadata().gatewayUrl());
        assertThat(view.category()).isEqualTo(star.category());
    }

    @Test
    void readsAllTemplatesOfThePageWithOneStoreCall() {
        for (int i = 0; i < 6; i++) {
            store.stickers().insert(sticker("s" + i, i % 2 == 0 ? thanks : star, FAN, SOULBOUND, DELIVERED, 20 + i, i));
        }

        inventory(50, 0);

        assertThat(observed.calls("Templates.findAll")).isEqualTo(1);
        assertThat(observed.calls("Templates.find")).isZero();
    }

    @Test
    void countsByTypeCoverAllTheFansDeliveredStickersNotOnlyThePage() {
        store.stickers().insert(sticker("a", thanks, FAN, SOULBOUND, DELIVERED, 11, 1));
        store.stickers().insert(sticker("b", star, FAN, GOLDEN, DELIVERED, 12, 2));
        store.stickers().insert(sticker("c", star, FAN, GOLDEN, DELIVERED, 13, 3));
        store.stickers().insert(sticker("d", star, FAN, GOLDEN, PENDING_OPTIN, 14, 4));

        FanInventory page = inventory(1, 0);

        assertThat(page.stickers()).hasSize(1);
        assertThat(page.count(SOULBOUND)).isEqualTo(1);
        assertThat(page.count(GOLDEN)).as("the delivered ones: a sticker waiting for opt-in is not owned").isEqualTo(2);
    }

    @Test
    void theTotalCoversEveryPageAndIsCountedOnlyWhenThePageCannotTellIt() {
        for (int i = 0; i < 3; i++) {
            store.stickers().insert(sticker("s" + i, thanks, FAN, SOULBOUND, DELIVERED, 20 + i, i));
        }

        assertThat(inventory(50, 0).totalCount()).isEqualTo(3);
        assertThat(inventory(2, 2).totalCount()).isEqualTo(3);
        assertThat(observed.calls("Stickers.countByOwner")).isZero();
        assertThat(inventory(2, 0).totalCount()).isEqualTo(3);
        assertThat(inventory(2, 4).totalCount()).isEqualTo(3);
        assertThat(inventory(3, 0).totalCount()).isEqualTo(3);
        assertThat(observed.calls("Stickers.countByOwner")).isEqualTo(3);
    }

    @Test
    void saysThereIsMoreUntilTheLastPage() {
        for (int i = 0; i < 3; i++) {
            store.stickers().insert(sticker("s" + i, thanks, FAN, SOULBOUND, DELIVERED, 20 + i, i));
        }

        assertThat(inventory(2, 0)).extracting(FanInventory::totalCount, FanInventory::hasMore).containsExactly(3L, true);
        assertThat(inventory(2, 2)).extracting(FanInventory::totalCount, FanInventory::hasMore).containsExactly(3L, false);
    }

    @Test
    void aFanWithoutStickersHasZeroForEveryType() {
        FanInventory empty = inventory(50, 0);

        assertThat(empty.stickers()).isEmpty();
        assertThat(empty.countsByType()).containsEntry(SOULBOUND, 0L).containsEntry(GOLDEN, 0L);
        assertThat(observed.calls("Templates.findAll")).isZero();
    }

    @Test
    void aQueryNeedsAFanAndAPage() {
        assertThatThrownBy(() -> new Query(null, PageRequest.first(10))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Query(FAN, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
