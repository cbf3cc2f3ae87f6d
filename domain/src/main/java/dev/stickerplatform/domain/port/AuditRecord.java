package dev.stickerplatform.domain.port;

import dev.stickerplatform.domain.model.Hash32;
import java.util.Objects;

/**
 * One stored {@link SigningEvent} of an {@link AuditTrail}: its place in the chain ({@code seq}, from 1, no gaps),
 * the hash of the record before it ({@link AuditChain#GENESIS} for the first) and its own hash.
 */
public record AuditRecord(long seq, SigningEvent event, Hash32 previousHash, Hash32 hash) {
    public AuditRecord {
        if (seq < 1) {
            throw new IllegalArgumentException("audit records are numbered from 1");
        }
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
    }

    /** The record of {@code event} appended after the record {@code seq - 1} whose hash is {@code previousHash}. */
    public static AuditRecord append(long seq, SigningEvent event, Hash32 previousHash) {
        return new AuditRecord(seq, event, previousHash, AuditChain.hash(seq, event, previousHash));
    }

    /** Whether the stored hash is the hash of the stored contents. */
    public boolean intact() {
        return hash.equals(AuditChain.hash(seq, event, previousHash));
    }
}
