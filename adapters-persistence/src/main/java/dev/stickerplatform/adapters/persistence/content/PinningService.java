package dev.stickerplatform.adapters.persistence.content;

import java.util.Optional;

/**
 * An IPFS pinning service as {@link PinnedContentStore} uses it. Every failure to reach the service, or an answer
 * that is not a success, is {@link dev.stickerplatform.domain.port.ContentStoreUnavailableException}.
 */
public interface PinningService {
    /** Uploads and pins the bytes; returns the CID the service gives them (checked by the caller). */
    String add(byte[] content, String name, String mimeType);

    /** Unpins; a CID the service does not pin is a success. */
    void remove(String cid);

    /** The bytes of a CID the service holds, or empty when it does not (or cannot serve content). */
    Optional<byte[]> cat(String cid);

    /** A short name for messages and logs, e.g. {@code kubo http://127.0.0.1:5001}. */
    String describe();
}
