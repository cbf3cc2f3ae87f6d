package dev.stickerplatform.adapters.kms;

/**
 * Where every signature request is recorded, successful or not. An implementation that cannot record must throw:
 * {@link AuditingSigner} then withholds the signature, so nothing is ever signed off the record.
 */
public interface AuditLog {
    void record(SigningEvent event);
}
