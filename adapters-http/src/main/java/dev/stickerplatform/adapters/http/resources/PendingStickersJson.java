package dev.stickerplatform.adapters.http.resources;

import dev.stickerplatform.application.query.FanPendingStickersService;
import dev.stickerplatform.domain.model.Address;
import java.util.List;

/**
 * One page of a fan's stickers waiting for delivery. {@code total} counts this page, {@code totalCount} all of
 * them.
 */
public record PendingStickersJson(String wallet, List<StickerJson> pending, int total, long totalCount, int limit,
                                  String nextCursor, boolean hasMore) {

    public static PendingStickersJson of(Address wallet, FanPendingStickersService.PendingStickers pending,
                                         List<StickerJson> items, int limit, String nextCursor) {
        return new PendingStickersJson(wallet.value(), items, items.size(), pending.totalCount(), limit, nextCursor,
                pending.hasMore());
    }
}
