package dev.stickerplatform.application.query;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.DeliveryStatus;
import dev.stickerplatform.domain.model.Sticker;
import dev.stickerplatform.domain.port.PageRequest;
import dev.stickerplatform.domain.port.Store;
import java.util.List;

/**
 * A page of the stickers minted for a fan that wait for the fan's opt-in (status PENDING_OPTIN), newest first,
 * each joined with its template.
 */
public final class FanPendingStickersService {
    private final Store store;

    public FanPendingStickersService(Store store) {
        this.store = store;
    }

    public record Query(Address fan, PageRequest page) {
        public Query {
            if (fan == null || page == null) {
                throw new IllegalArgumentException("fan and page are required");
            }
        }
    }

    public record PendingStickers(Address fan, List<StickerView> stickers, PageRequest page, long totalCount,
                                  boolean hasMore) {
        public PendingStickers {
            stickers = List.copyOf(stickers);
        }
    }

    public PendingStickers get(Query query) {
        Store.Stickers stickers = store.stickers();
        List<Sticker> page = stickers.byOwner(query.fan(), DeliveryStatus.PENDING_OPTIN, query.page());
        long total = stickers.countByOwner(query.fan(), DeliveryStatus.PENDING_OPTIN);
        return new PendingStickers(query.fan(), StickerViews.join(store, page), query.page(), total,
                (long) query.page().offset() + page.size() < total);
    }
}
