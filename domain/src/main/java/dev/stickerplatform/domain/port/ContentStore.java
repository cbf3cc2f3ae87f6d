package dev.stickerplatform.domain.port;

import dev.stickerplatform.domain.model.ContentRef;

/**
 * Content-addressed storage for sticker images and metadata (IPFS via a pinning service in production; local
 * in development).
 *
 * <p>Contract: {@link #pin} returns the CIDv1 (raw codec, sha2-256, base32) of exactly the given bytes and a URL
 * from which those bytes can be fetched; pinning the same bytes twice yields the same CID. {@link #unpin} of an
 * unknown CID is a no-op. Failures are {@link ContentStoreUnavailableException}.
 */
public interface ContentStore {
    ContentRef pin(byte[] content, String name, String mimeType);

    void unpin(String cid);

    /** The pinned bytes and their type, or empty. */
    java.util.Optional<Content> fetch(String cid);

    record Content(byte[] bytes, String mimeType) {
    }
}
