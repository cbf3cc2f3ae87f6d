package dev.stickerplatform.domain.port;

import java.util.Objects;

/**
 * Where every signature request is recorded, successful or not, before the signature is used.
 *
 * <p>Contract: {@link #record} returns only once the event is recorded; an implementation that cannot record must
 * throw (a {@link StoreUnavailableException} for a database), and the signer then withholds the signature, so nothing
 * is ever signed off the record. Safe to call from many threads.
 */
public interface AuditLog {
    void record(SigningEvent event);

    /** Records every event in {@code first}, then in {@code second}; fails if either fails. */
    static AuditLog both(AuditLog first, AuditLog second) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        return event -> {
            first.record(event);
            second.record(event);
        };
    }
}
