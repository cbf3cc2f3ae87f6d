package dev.stickerplatform.application.template;

import dev.stickerplatform.application.query.Fixtures;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.ContentRef;
import dev.stickerplatform.domain.port.ContentStore;
import dev.stickerplatform.domain.port.ContentStoreUnavailableException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A map-backed content store: content-addressed like IPFS, reference-counted per owner as the port requires,
 * with the names pins were given, and failure switches.
 */
final class FakeContentStore implements ContentStore {
    static final String GATEWAY = "https://gateway.test/ipfs/";

    private final Map<String, Content> pinned = new HashMap<>();
    private final Map<String, Integer> references = new HashMap<>();
    final List<String> pinNames = new ArrayList<>();
    String failPinsOfType;
    boolean failUnpins;

    @Override
    public ContentRef pin(Address owner, byte[] content, String name, String mimeType) {
        if (mimeType.equals(failPinsOfType)) {
            throw new ContentStoreUnavailableException("pinning service down");
        }
        String cid = Fixtures.cid(content);
        pinned.put(cid, new Content(content.clone(), mimeType));
        references.merge(owner.value() + " " + cid, 1, Integer::sum);
        pinNames.add(name);
        return new ContentRef(cid, GATEWAY + cid);
    }

    @Override
    public boolean unpin(Address owner, String cid) {
        if (failUnpins) {
            throw new ContentStoreUnavailableException("pinning service down");
        }
        String key = owner.value() + " " + cid;
        if (!references.containsKey(key)) {
            return false;
        }
        if (references.merge(key, -1, Integer::sum) == 0) {
            references.remove(key);
        }
        if (references.keySet().stream().noneMatch(k -> k.endsWith(" " + cid))) {
            pinned.remove(cid);
            return true;
        }
        return false;
    }

    @Override
    public Optional<Content> fetch(String cid) {
        return Optional.ofNullable(pinned.get(cid));
    }

    boolean isPinned(String cid) {
        return pinned.containsKey(cid);
    }

    int pinnedCount() {
        return pinned.size();
    }
}
