package dev.stickerplatform.domain.port;

/**
 * The chain refused a transaction for a reason of the transaction itself (bad signature, overspend, expired,
 * wrong group, rejected by the app, ...). {@link #reason()} says why in plain words, safe to show a client.
 */
public class ChainRejectedException extends RuntimeException {
    private final String reason;

    public ChainRejectedException(String reason) {
        super(reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
