package dev.stickerplatform.adapters.kms;

import dev.stickerplatform.domain.port.SignerUnavailableException;

/** A remote signer's failure that knows whether another call may succeed ({@link Backoff} retries those). */
final class RemoteFailure extends SignerUnavailableException {
    private final boolean passing;

    RemoteFailure(String message, boolean passing, Throwable cause) {
        super(message, cause);
        this.passing = passing;
    }

    /** The first line of a library's message (some append request dumps after it). */
    static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    static boolean isPassing(RuntimeException failure) {
        return failure instanceof RemoteFailure remote && remote.passing;
    }
}
