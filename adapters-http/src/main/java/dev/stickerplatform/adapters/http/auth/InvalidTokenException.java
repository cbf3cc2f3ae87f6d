package dev.stickerplatform.adapters.http.auth;

/** An access token that must not be believed: malformed, unsigned, tampered, expired, or not ours. */
public final class InvalidTokenException extends RuntimeException {
    public InvalidTokenException(String why) {
        super(why, null, false, false);
    }
}
