package dev.stickerplatform.domain.port;

/** An optimistic-lock save found a newer version than the one it read: somebody else moved the record on. */
public class StaleWriteException extends RuntimeException {
    public StaleWriteException(String message) {
        super(message);
    }
}
