package dev.stickerplatform.application.audit;

import dev.stickerplatform.domain.port.AuditCheck;
import dev.stickerplatform.domain.port.AuditRecord;
import dev.stickerplatform.domain.port.AuditTrail;
import dev.stickerplatform.domain.port.PageRequest;
import java.util.List;
import java.util.Objects;

/**
 * Reads the signing audit trail: {@link #page} walks it backwards from the newest record (a keyset page: records
 * appended meanwhile never shift a page), {@link #verify} recomputes its hash chain. Store failures pass through as
 * {@code StoreUnavailableException}; an unreadable trail is never an empty one.
 */
public final class ReadAuditTrailService {
    /** The most records one page holds. */
    public static final int MAX_LIMIT = PageRequest.MAX_LIMIT;

    private final AuditTrail trail;

    public ReadAuditTrailService(AuditTrail trail) {
        this.trail = Objects.requireNonNull(trail, "trail");
    }

    /**
     * A page of records.
     *
     * @param records    at most the asked number, newest first
     * @param nextBefore the {@code before} of the next (older) page, or null when this page reached record 1
     */
    public record Page(List<AuditRecord> records, Long nextBefore) {
        public Page {
            records = List.copyOf(records);
        }
    }

    /** Up to {@code limit} (1–100) records numbered below {@code before} (null: from the newest), newest first. */
    public Page page(Long before, int limit) {
        PageRequest.checkLimit(limit);
        if (before != null && before < 1) {
            throw new IllegalArgumentException("before must be a record number (from 1)");
        }
        List<AuditRecord> records = trail.newestFirst(before, limit);
        Long next = records.size() == limit && records.getLast().seq() > 1 ? records.getLast().seq() : null;
        return new Page(records, next);
    }

    /** The whole chain checked from record 1: intact, or the first broken link. */
    public AuditCheck verify() {
        return trail.verify();
    }
}
