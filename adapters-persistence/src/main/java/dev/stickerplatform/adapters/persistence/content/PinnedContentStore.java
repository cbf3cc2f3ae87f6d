package dev.stickerplatform.adapters.persistence.content;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.ContentRef;
import dev.stickerplatform.domain.port.ContentIntegrityException;
import dev.stickerplatform.domain.port.ContentStore;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link ContentStore} that pins on IPFS through a {@link PinningService} (Kubo RPC, Pinata) and keeps every
 * byte in a durable store too (PostgreSQL, a directory), which also counts the references and enforces the
 * quotas. So reads never depend on the service: they come from the durable store, and only content it lacks (pinned
 * by another deployment) is fetched from the service, checked against its CID.
 *
 * <p>A pin uploads first and records afterwards: when the service is down
 * ({@link dev.stickerplatform.domain.port.ContentStoreUnavailableException}) or answers with another CID than the
 * one computed here ({@link ContentIntegrityException}; the stray pin is removed), nothing is recorded. The
 * service's pin is removed when the durable store releases the content's last reference; if that fails the pin
 * is left (a leaked pin costs little; an unpinned image in use is broken for good).
 */
public final class PinnedContentStore implements ContentStore {
    private static final System.Logger LOG = System.getLogger(PinnedContentStore.class.getName());

    private final ContentStore durable;
    private final PinningService service;

    public PinnedContentStore(ContentStore durable, PinningService service) {
        this.durable = Objects.requireNonNull(durable, "durable");
        this.service = Objects.requireNonNull(service, "service");
    }

    @Override
    public ContentRef pin(Address owner, byte[] content, String name, String mimeType) {
        Objects.requireNonNull(owner, "owner");
        byte[] bytes = content.clone();
        String expected = UnixFsCid.of(bytes);
        String returned = service.add(bytes, name, mimeType);
        if (!expected.equals(returned)) {
            removeQuietly(returned);
            throw new ContentIntegrityException(service.describe() + " returned CID " + returned + " for content"
                    + " whose CID is " + expected + " (CIDv1, raw leaves, 256 KiB chunks): nothing was recorded");
        }
        try {
            return durable.pin(owner, bytes, name, mimeType);
        } catch (RuntimeException e) {
            if (durable.fetch(expected).isEmpty()) {
                removeQuietly(expected);
            }
            throw e;
        }
    }

    @Override
    public boolean unpin(Address owner, String cid) {
        boolean gone = durable.unpin(owner, cid);
        if (gone) {
            removeQuietly(cid);
        }
        return gone;
    }

    @Override
    public Optional<Content> fetch(String cid) {
        Optional<Content> stored = durable.fetch(cid);
        if (stored.isPresent() || !UnixFsCid.looksValid(cid)) {
            return stored;
        }
        return service.cat(cid).filter(bytes -> UnixFsCid.of(bytes).equals(cid))
                .map(bytes -> new Content(bytes, "application/octet-stream"));
    }

    private void removeQuietly(String cid) {
        try {
            service.remove(cid);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "left " + cid + " pinned on " + service.describe(), e);
        }
    }
}
