package dev.stickerplatform.domain.port;

/** A write broke a uniqueness rule of the store (e.g. a second active tip jar); nothing was written. */
public class DuplicateException extends RuntimeException {
    public DuplicateException(String message) {
        super(message);
    }
}
