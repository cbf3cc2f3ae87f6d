package dev.stickerplatform.domain.port;

import java.util.List;

/**
 * An {@link AuditLog} that lasts and shows tampering: every event becomes an {@link AuditRecord} numbered 1, 2, 3, …
 * without gaps, whose hash covers its contents and the hash of the record before it ({@link AuditChain}), so
 * changing or deleting a stored record breaks the chain at that record.
 *
 * <p>Contract: appends are linear even from many threads and processes (each record follows exactly the one
 * appended before it); {@link #record} returns once the record is durable. {@link #newestFirst} pages backwards
 * from the newest record; {@link #verify} walks the whole chain from record 1 and reports the first broken link.
 * Failures of the storage are {@link StoreUnavailableException}s, never an empty page or an intact chain.
 */
public interface AuditTrail extends AuditLog {
    /** At most {@code limit} records with {@code seq < before} (all when {@code before} is null), newest first. */
    List<AuditRecord> newestFirst(Long before, int limit);

    /** Recomputes the chain from the first record to the newest. */
    AuditCheck verify();
}
