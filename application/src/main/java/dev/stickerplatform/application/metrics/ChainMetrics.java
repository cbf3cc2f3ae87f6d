package dev.stickerplatform.application.metrics;

/** Failed submissions to the chain. Implementations must be cheap and never throw. */
public interface ChainMetrics {
    /** Records nothing. */
    ChainMetrics NONE = (source, reason) -> {
    };

    /**
     * @param source {@code platform} for the platform's own signed writes, {@code wallet} for groups a wallet
     *               signed and a client posted
     * @param reason {@code rejected} (the chain refused it), {@code unavailable} (node unreachable) or
     *               {@code other}
     */
    void submitFailed(String source, String reason);
}
