package dev.stickerplatform.application.template;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.StickerTemplate;
import dev.stickerplatform.domain.port.Store;
import java.util.List;
import java.util.Map;

/**
 * A creator's templates, newest first, each with how many stickers were minted from it. The counts come from
 * one store call for all templates (a creator has at most 20, so the list needs no paging).
 */
public final class ListTemplatesService {
    private final Store store;

    public ListTemplatesService(Store store) {
        this.store = store;
    }

    public record Query(Address creator) {
        public Query {
            if (creator == null) {
                throw new IllegalArgumentException("creator is required");
            }
        }
    }

    /** One template and the number of stickers minted from it. */
    public record TemplateView(StickerTemplate template, long mintCount) {
    }

    /** The templates of {@code creator} (empty for a wallet that has none or is not a creator). */
    public record TemplateList(Address creator, List<TemplateView> templates) {
        public TemplateList {
            templates = List.copyOf(templates);
        }

        public int total() {
            return templates.size();
        }
    }

    public TemplateList list(Query query) {
        List<StickerTemplate> templates = store.templates().byCreator(query.creator());
        if (templates.isEmpty()) {
            return new TemplateList(query.creator(), List.of());
        }
        Map<Long, Long> counts = store.stickers()
                .countByTemplates(templates.stream().map(StickerTemplate::id).toList());
        return new TemplateList(query.creator(), templates.stream()
                .map(t -> new TemplateView(t, counts.getOrDefault(t.id(), 0L)))
                .toList());
    }
}
