package dev.stickerplatform.application.query;

import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.Sticker;
import dev.stickerplatform.domain.port.Store;
import java.util.List;

/** One sticker by its ASA id, joined with its template. */
public final class StickerByAssetService {
    private final Store store;

    public StickerByAssetService(Store store) {
        this.store = store;
    }

    public record Query(AssetId asset) {
        public Query {
            if (asset == null) {
                throw new IllegalArgumentException("asset is required");
            }
        }
    }

    public sealed interface Result {
        record Found(StickerView sticker) implements Result {
        }

        /** No sticker of the platform is this asset. */
        record NotFound(AssetId asset) implements Result {
        }
    }

    public Result get(Query query) {
        Sticker sticker = store.stickers().findByAsset(query.asset()).orElse(null);
        if (sticker == null) {
            return new Result.NotFound(query.asset());
        }
        return new Result.Found(StickerViews.join(store, List.of(sticker)).getFirst());
    }
}
