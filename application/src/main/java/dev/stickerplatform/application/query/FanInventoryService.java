package dev.stickerplatform.application.query;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.Sticker;
import dev.stickerplatform.domain.model.StickerType;
import dev.stickerplatform.domain.port.PageRequest;
import dev.stickerplatform.domain.port.Store;
import java.util.List;
import java.util.Map;

/**
 * A page of a fan's stickers in any delivery status, newest first, each joined with its template. The totals
 * ({@code totalCount}, {@code countsByType}) cover all of the fan's stickers, not just the page.
 */
public final class FanInventoryService {
    private final Store store;

    public FanInventoryService(Store store) {
        this.store = store;
    }

    public record Query(Address fan, PageRequest page) {
        public Query {
            if (fan == null || page == null) {
                throw new IllegalArgumentException("fan and page are required");
            }
        }
    }

    /** {@code countsByType} has every sticker type, zero included, in declaration order. */
    public record FanInventory(Address fan, List<StickerView> stickers, PageRequest page, long totalCount,
                               boolean hasMore, Map<StickerType, Long> countsByType) {
        public FanInventory {
            stickers = List.copyOf(stickers);
            countsByType = StickerViews.countsByType(countsByType);
        }

        public long count(StickerType type) {
            return countsByType.getOrDefault(type, 0L);
        }
    }

    public FanInventory get(Query query) {
        Store.Stickers stickers = store.stickers();
        List<Sticker> page = stickers.byOwner(query.fan(), null, query.page());
        // a page that is not full, and not past the end, already tells the total: one statement fewer
        PageRequest asked = query.page();
        long total = page.size() < asked.limit() && (asked.offset() == 0 || !page.isEmpty())
                ? (long) asked.offset() + page.size() : stickers.countByOwner(query.fan(), null);
        Map<StickerType, Long> byType = stickers.countByOwnerAndType(query.fan());
        return new FanInventory(query.fan(), StickerViews.join(store, page), query.page(), total,
                (long) query.page().offset() + page.size() < total, byType);
    }
}
