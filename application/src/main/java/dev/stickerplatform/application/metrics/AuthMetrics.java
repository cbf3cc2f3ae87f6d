package dev.stickerplatform.application.metrics;

/**
 * Failed sign-ins and refused tokens, by reason (a short fixed word such as {@code bad_signature},
 * {@code expired_nonce}, {@code invalid_token}, {@code forbidden}; never a wallet or a message text, so the
 * number of series stays small). Implementations must be cheap and never throw.
 */
public interface AuthMetrics {
    /** Records nothing. */
    AuthMetrics NONE = reason -> {
    };

    void failure(String reason);
}
