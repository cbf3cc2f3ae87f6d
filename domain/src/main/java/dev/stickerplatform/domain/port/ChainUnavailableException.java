package dev.stickerplatform.domain.port;

/** The chain node could not be reached or answered with an error that is not the request's fault; retry later. */
public class ChainUnavailableException extends RuntimeException {
    public ChainUnavailableException(String message) {
        super(message);
    }

    public ChainUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
