package dev.stickerplatform.domain.port;

/** The shared rate limiter (e.g. Redis) could not be reached. */
public class RateLimiterUnavailableException extends RuntimeException {
    public RateLimiterUnavailableException(String message) {
        super(message);
    }

    public RateLimiterUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
