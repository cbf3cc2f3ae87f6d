package dev.stickerplatform.adapters.persistence.memory;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.StickerTemplate;
import dev.stickerplatform.domain.policy.TemplateRules;
import dev.stickerplatform.domain.port.DuplicateException;
import dev.stickerplatform.domain.port.Store;
import dev.stickerplatform.domain.port.TemplateLimitException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Sticker templates; unique per (creator, category, type, threshold) and per (creator, membership category), at
 * most {@link TemplateRules#MAX_TEMPLATES_PER_CREATOR} per creator.
 */
final class MemoryTemplates implements Store.Templates {
    private static final Comparator<StickerTemplate> NEWEST_FIRST = Comparator
            .comparing(StickerTemplate::createdAt).thenComparingLong(StickerTemplate::id).reversed();

    private final Context context;
    private final Sequences sequences;

    MemoryTemplates(Context context, Sequences sequences) {
        this.context = context;
        this.sequences = sequences;
    }

    @Override
    public StickerTemplate insert(StickerTemplate template) {
        Objects.requireNonNull(template, "template");
        return context.write(t -> {
            // counted inside the write, so two concurrent inserts can never make MAX + 1
            if (t.templates.values().filter(other -> other.creator().equals(template.creator())).count()
                    >= TemplateRules.MAX_TEMPLATES_PER_CREATOR) {
                throw new TemplateLimitException(TemplateRules.MAX_TEMPLATES_PER_CREATOR);
            }
            t.templates.values().filter(other -> other.creator().equals(template.creator())).forEach(other -> {
                if (clashes(other, template)) {
                    throw new DuplicateException("the creator already has a " + template.category().wireName()
                            + " template like this one");
                }
            });
            StickerTemplate stored = template.withId(sequences.nextTemplateId());
            t.templates.put(stored.id(), stored);
            return stored;
        });
    }

    @Override
    public Optional<StickerTemplate> find(long id) {
        return context.read(t -> t.templates.get(id));
    }

    @Override
    public List<StickerTemplate> byCreator(Address creator) {
        return context.read(t -> t.templates.values().filter(template -> template.creator().equals(creator))
                .sorted(NEWEST_FIRST).toList());
    }

    @Override
    public Map<Long, StickerTemplate> findAll(Collection<Long> ids) {
        return context.read(t -> {
            Map<Long, StickerTemplate> found = new HashMap<>();
            for (Long id : ids) {
                t.templates.get(id).ifPresent(template -> found.put(id, template));
            }
            return found;
        });
    }

    @Override
    public int countByCreator(Address creator) {
        return context.read(t -> (int) t.templates.values().filter(tpl -> tpl.creator().equals(creator)).count());
    }

    @Override
    public boolean delete(long id) {
        return context.write(t -> t.templates.remove(id));
    }

    private static boolean clashes(StickerTemplate a, StickerTemplate b) {
        if (a.category() != b.category()) {
            return false;
        }
        return a.category().isMembership() || a.type() == b.type() && a.threshold().equals(b.threshold());
    }
}
