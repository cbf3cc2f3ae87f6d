package dev.stickerplatform.application.query;

import dev.stickerplatform.domain.model.Sticker;
import dev.stickerplatform.domain.model.StickerTemplate;
import dev.stickerplatform.domain.model.StickerType;
import dev.stickerplatform.domain.port.Store;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Joins stickers with their templates in one store call, and completes per-type counts. */
final class StickerViews {
    private StickerViews() {
    }

    static List<StickerView> join(Store.Templates templates, List<Sticker> stickers) {
        if (stickers.isEmpty()) {
            return List.of();
        }
        Map<Long, StickerTemplate> byId = templates.findAll(
                stickers.stream().map(Sticker::templateId).distinct().toList());
        return stickers.stream().map(s -> StickerView.of(s, byId.get(s.templateId()))).toList();
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
