package dev.stickerplatform.application.template;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.StickerTemplate;
import dev.stickerplatform.domain.port.ContentStore;
import dev.stickerplatform.domain.port.Store;
import java.util.List;

/**
 * Releases pinned content no template needs any more. Content is addressed by its bytes, so two templates can
 * share a CID (the same image uploaded twice, or the winner of a concurrent duplicate): a CID still referenced by
 * one of the creator's templates is kept. When in doubt (the store cannot be read, the unpin fails) content is
 * left pinned: a leaked pin costs little, a template whose image vanished is broken for good.
 */
final class TemplatePins {
    private static final System.Logger LOG = System.getLogger(TemplatePins.class.getName());

    private TemplatePins() {
    }

    static void releaseUnused(Store store, ContentStore content, Address creator, String... cids) {
        List<StickerTemplate> remaining;
        try {
            remaining = store.templates().byCreator(creator);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "kept pins of " + creator.shortForm() + ": store unreadable", e);
            return;
        }
        for (String cid : cids) {
            boolean used = remaining.stream()
                    .anyMatch(t -> t.image().cid().equals(cid) || t.metadata().cid().equals(cid));
            if (!used) {
                try {
                    content.unpin(cid);
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "could not unpin " + cid, e);
                }
            }
        }
    }
}
