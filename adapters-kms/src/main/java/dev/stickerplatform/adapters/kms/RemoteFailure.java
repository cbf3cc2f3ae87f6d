package dev.stickerplatform.adapters.kms;

import dev.stickerplatform.domain.port.SignerUnavailableException;

/** A remote signer's failure that knows whether another call may succeed ({@link Backoff} retries those). */
final class RemoteFailure extends SignerUnavailableException {
    private final boolean passing;

    RemoteFailure(String message, boolean passing, Throwable cause) {
        super(message, cause);
        this.passing = passing;
    }

    static boolean isPassing(RuntimeException failure) {
        return failure instanceof RemoteFailure remote && remote.passing;
    }
}
