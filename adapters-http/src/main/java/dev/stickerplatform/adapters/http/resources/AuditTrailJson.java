package dev.stickerplatform.adapters.http.resources;

import dev.stickerplatform.domain.port.AuditRecord;
import java.util.List;

/** A page of the signing audit trail, newest first. */
public record AuditTrailJson(List<AuditRecordJson> records, int limit, String nextCursor) {

    public static AuditTrailJson of(List<AuditRecord> records, int limit, String nextCursor) {
        return new AuditTrailJson(records.stream().map(AuditRecordJson::of).toList(), limit, nextCursor);
    }
}
