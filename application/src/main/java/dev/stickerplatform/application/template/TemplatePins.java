package dev.stickerplatform.application.template;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.port.ContentStore;

/**
 * Releases the references a template holds on its content, best effort: the content store counts references
 * across every creator, so content another template still uses stays. When an unpin fails the reference is left
 * (logged): a leaked pin costs little, a template whose image vanished is broken for good.
 */
final class TemplatePins {
    private static final System.Logger LOG = System.getLogger(TemplatePins.class.getName());

    private TemplatePins() {
    }

    static void release(ContentStore content, Address owner, String... cids) {
        for (String cid : cids) {
            try {
                content.unpin(owner, cid);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "could not release " + cid + " of " + owner.shortForm(), e);
            }
        }
    }
}
