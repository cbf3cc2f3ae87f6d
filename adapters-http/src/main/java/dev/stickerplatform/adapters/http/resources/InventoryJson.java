package dev.stickerplatform.adapters.http.resources;

import dev.stickerplatform.adapters.http.server.PageParams;
import dev.stickerplatform.application.query.FanInventoryService.FanInventory;
import dev.stickerplatform.domain.model.StickerType;
import java.time.Instant;
import java.util.List;

/**
 * One page of a fan's stickers. {@code total} counts this page, {@code totalCount} and the per-type totals count
 * all of the fan's stickers.
 */
public record InventoryJson(String wallet, List<StickerJson> nfts, int total, long totalCount, int limit,
                            String nextCursor, boolean hasMore, long totalSoulbound, long totalGolden) {

    public static InventoryJson of(FanInventory inventory, Instant now) {
        List<StickerJson> items = inventory.stickers().stream().map(s -> StickerJson.of(s, now)).toList();
        return new InventoryJson(inventory.fan().value(), items, items.size(), inventory.totalCount(),
                inventory.page().limit(), PageParams.next(inventory.page(), items.size(), inventory.hasMore()),
                inventory.hasMore(), inventory.count(StickerType.SOULBOUND), inventory.count(StickerType.GOLDEN));
    }
}
