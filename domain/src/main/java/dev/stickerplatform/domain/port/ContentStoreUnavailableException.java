package dev.stickerplatform.domain.port;

/** The content store (IPFS pinning service) failed; nothing was pinned. */
public class ContentStoreUnavailableException extends RuntimeException {
    public ContentStoreUnavailableException(String message) {
        super(message);
    }

    public ContentStoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
