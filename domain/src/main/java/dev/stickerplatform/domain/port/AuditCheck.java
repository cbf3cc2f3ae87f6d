package dev.stickerplatform.domain.port;

import dev.stickerplatform.domain.model.Hash32;

/** What {@link AuditTrail#verify()} found: an intact chain, or the first broken link. */
public sealed interface AuditCheck {
    /** Every record from 1 to {@code records} follows the one before it; {@code head} is the newest hash. */
    record Intact(long records, Hash32 head) implements AuditCheck {
    }

    /**
     * The chain breaks at record {@code seq}: it was changed, a record before it was deleted, or (when {@code seq} is
     * past the last stored record) records were deleted from the end.
     */
    record Broken(long seq, String reason) implements AuditCheck {
    }
}
