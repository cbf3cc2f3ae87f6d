package dev.stickerplatform.domain.port;

/** The store could not be reached or failed; nothing was committed. */
public class StoreUnavailableException extends RuntimeException {
    public StoreUnavailableException(String message) {
        super(message);
    }

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
