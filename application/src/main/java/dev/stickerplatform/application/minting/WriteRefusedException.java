package dev.stickerplatform.application.minting;

/** The chain refused a recorded write for now (e.g. the minter is out of funds); the attempt failed. */
public final class WriteRefusedException extends RuntimeException {
    public WriteRefusedException(String reason) {
        super("chain refused the write: " + reason);
    }
}
