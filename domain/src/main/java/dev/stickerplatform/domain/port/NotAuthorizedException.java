package dev.stickerplatform.domain.port;

import dev.stickerplatform.domain.model.Address;
import java.util.Objects;

/**
 * The chain refused a transaction because the key that signed it is not the one the sender's account authorizes:
 * the account was rekeyed to {@link #authorized()} and the transaction was signed by {@link #signedBy()} (typically
 * the key the account had before a rotation). The same transaction signed by the authorized key would be accepted.
 */
public class NotAuthorizedException extends ChainRejectedException {
    private final Address authorized;
    private final Address signedBy;

    public NotAuthorizedException(String reason, Address authorized, Address signedBy) {
        super(reason);
        this.authorized = Objects.requireNonNull(authorized, "authorized");
        this.signedBy = Objects.requireNonNull(signedBy, "signedBy");
    }

    /** The key the account's auth address names: the one that must sign. */
    public Address authorized() {
        return authorized;
    }

    /** The key that signed the refused transaction. */
    public Address signedBy() {
        return signedBy;
    }
}
