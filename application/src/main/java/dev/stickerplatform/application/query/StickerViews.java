package dev.stickerplatform.application.query;

import dev.stickerplatform.domain.model.Grant;
import dev.stickerplatform.domain.model.Sticker;
import dev.stickerplatform.domain.model.StickerTemplate;
import dev.stickerplatform.domain.model.StickerType;
import dev.stickerplatform.domain.model.Tip;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.Store;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Joins stickers with their templates in one store call, and completes per-type counts. */
final class StickerViews {
    private StickerViews() {
    }

    /**
     * The stickers with their templates, their tips (for the memo) and, for granted ones, their grants (three store
     * calls).
     */
    static List<StickerView> join(Store store, List<Sticker> stickers) {
        if (stickers.isEmpty()) {
            return List.of();
        }
        Map<Long, StickerTemplate> byId = store.templates().findAll(
                stickers.stream().map(Sticker::templateId).distinct().toList());
        List<TxId> origins = stickers.stream().map(Sticker::tipTxId).toList();
        Map<TxId, Grant> grants = store.grants().findAll(origins);
        Map<TxId, Tip> tips = store.tips().findAll(origins);
        return stickers.stream().map(s -> StickerView.of(s, byId.get(s.templateId()), grants.get(s.tipTxId()),
                        tips.get(s.tipTxId())))
                .toList();
    }

    /** Every sticker type with its count (zero when absent), in declaration order. */
    static Map<StickerType, Long> countsByType(Map<StickerType, Long> counts) {
        Map<StickerType, Long> all = new EnumMap<>(StickerType.class);
        for (StickerType type : StickerType.values()) {
            all.put(type, counts.getOrDefault(type, 0L));
        }
        return Collections.unmodifiableMap(all);
    }
}
