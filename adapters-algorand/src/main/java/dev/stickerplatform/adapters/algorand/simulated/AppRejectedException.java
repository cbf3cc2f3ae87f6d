package dev.stickerplatform.adapters.algorand.simulated;

import dev.stickerplatform.domain.port.ChainRejectedException;

/**
 * An application's approval program rejected the call. {@link #reasonClass()} is the contract's reason class
 * (e.g. {@code WRONG_RECEIVER}), the same word the TEAL's {@code // reason:} comment gives for that check.
 */
public class AppRejectedException extends ChainRejectedException {
    private final String reasonClass;

    public AppRejectedException(String reasonClass) {
        super("logic eval rejected: " + reasonClass);
        this.reasonClass = reasonClass;
    }

    public String reasonClass() {
        return reasonClass;
    }
}
