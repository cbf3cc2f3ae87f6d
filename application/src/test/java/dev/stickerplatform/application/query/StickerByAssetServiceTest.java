package dev.stickerplatform.application.query;

import static dev.stickerplatform.application.query.Fixtures.CREATOR;
import static dev.stickerplatform.application.query.Fixtures.FAN;
import static dev.stickerplatform.application.query.Fixtures.sticker;
import static dev.stickerplatform.application.query.Fixtures.template;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.application.ObservedStore;
import dev.stickerplatform.application.query.StickerByAssetService.Query;
import dev.stickerplatform.application.query.StickerByAssetService.Result;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.DeliveryStatus;
import dev.stickerplatform.domain.model.StickerTemplate;
import dev.stickerplatform.domain.model.StickerType;
import dev.stickerplatform.domain.port.Store;
import dev.stickerplatform.domain.port.StoreUnavailableException;
import org.junit.jupiter.api.Test;

class StickerByAssetServiceTest {
    private final ObservedStore observed = new ObservedStore();
    private final Store store = observed.store();
    private final StickerByAssetService service = new StickerByAssetService(store);

    @Test
    void findsTheStickerOfAnAssetWithItsTemplate() {
        StickerTemplate thanks = store.templates().insert(template(CREATOR, "Thanks", 1));
        store.stickers().insert(sticker("a", thanks, FAN, StickerType.GOLDEN, DeliveryStatus.DELIVERED, 77, 1));

        StickerView view = ((Result.Found) service.get(new Query(AssetId.of(77)))).sticker();

        assertThat(view.owner()).isEqualTo(FAN);
        assertThat(view.creator()).isEqualTo(CREATOR);
        assertThat(view.templateName()).isEqualTo("Thanks");
        assertThat(view.type()).isEqualTo(StickerType.GOLDEN);
    }

    @Test
    void anUnknownAssetIsNotFound() {
        assertThat(service.get(new Query(AssetId.of(78)))).isEqualTo(new Result.NotFound(AssetId.of(78)));
    }

    @Test
    void aStoreOutageIsNeverReportedAsNotFound() {
        observed.down(true);

        assertThatThrownBy(() -> service.get(new Query(AssetId.of(78)))).isInstanceOf(StoreUnavailableException.class);
    }
}
