package dev.stickerplatform.adapters.http.resources;

import dev.stickerplatform.domain.port.AuditRecord;
import dev.stickerplatform.domain.port.SigningEvent;
import java.time.Instant;

/** One record of the signing audit trail. */
public record AuditRecordJson(long seq, Instant at, String role, String address, String account, String key,
                              String purpose, String sha512_256, String txid, String kind, int bytes, String outcome,
                              String error, String requester, String previousHash, String hash) {

    public static AuditRecordJson of(AuditRecord record) {
        SigningEvent e = record.event();
        return new AuditRecordJson(record.seq(), e.at(), e.role().name(), e.address().value(),
                e.account() == null ? null : e.account().value(), e.keyId(), e.purpose(), e.sha512256(),
                e.txId() == null ? null : e.txId().value(), e.kind(), e.length(), Wire.name(e.outcome()),
                e.failure(), e.requester(), record.previousHash().hex(), record.hash().hex());
    }
}
