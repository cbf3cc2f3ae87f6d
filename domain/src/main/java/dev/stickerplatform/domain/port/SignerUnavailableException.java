package dev.stickerplatform.domain.port;

/** A signer (HSM, KMS, ...) could not sign right now; retrying later may succeed. */
public class SignerUnavailableException extends RuntimeException {
    public SignerUnavailableException(String message) {
        super(message);
    }

    public SignerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
