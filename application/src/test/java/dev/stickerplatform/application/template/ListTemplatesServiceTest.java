package dev.stickerplatform.application.template;

import static dev.stickerplatform.application.query.Fixtures.CREATOR;
import static dev.stickerplatform.application.query.Fixtures.FAN;
import static dev.stickerplatform.application.query.Fixtures.sticker;
import static dev.stickerplatform.application.query.Fixtures.template;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.application.ObservedStore;
import dev.stickerplatform.application.template.ListTemplatesService.Query;
import dev.stickerplatform.application.template.ListTemplatesService.TemplateList;
import dev.stickerplatform.application.template.ListTemplatesService.TemplateView;
import dev.stickerplatform.domain.model.DeliveryStatus;
import dev.stickerplatform.domain.model.StickerTemplate;
import dev.stickerplatform.domain.model.StickerType;
import dev.stickerplatform.domain.port.Store;
import org.junit.jupiter.api.Test;

class ListTemplatesServiceTest {
    private final ObservedStore observed = new ObservedStore();
    private final Store store = observed.store();
    private final ListTemplatesService service = new ListTemplatesService(store);

    @Test
    void listsTheCreatorsTemplatesNewestFirstWithTheirMintCounts() {
        StickerTemplate older = store.templates().insert(template(CREATOR, "Older", 1));
        StickerTemplate newer = store.templates().insert(template(CREATOR, "Newer", 2));
        store.stickers().insert(sticker("a", older, FAN, StickerType.SOULBOUND, DeliveryStatus.DELIVERED, 11, 1));
        store.stickers().insert(sticker("b", older, FAN, StickerType.SOULBOUND, DeliveryStatus.PENDING_OPTIN, 12, 2));

        TemplateList list = service.list(new Query(CREATOR));

        assertThat(list.templates()).containsExactly(new TemplateView(newer, 0), new TemplateView(older, 2));
        assertThat(list.total()).isEqualTo(2);
    }

    @Test
    void countsTheStickersOfAllTemplatesWithOneStoreCall() {
        for (int i = 1; i <= 5; i++) {
            store.templates().insert(template(CREATOR, "T" + i, i));
        }

        service.list(new Query(CREATOR));

        assertThat(observed.calls("Stickers.countByTemplates")).isEqualTo(1);
    }

    @Test
    void aWalletWithoutTemplatesGetsAnEmptyList() {
        store.templates().insert(template(FAN, "Someone else's", 1));

        assertThat(service.list(new Query(CREATOR)).templates()).isEmpty();
        assertThat(observed.calls("Stickers.countByTemplates")).isZero();
    }
}
