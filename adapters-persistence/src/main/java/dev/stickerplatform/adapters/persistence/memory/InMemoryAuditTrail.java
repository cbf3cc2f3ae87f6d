package dev.stickerplatform.adapters.persistence.memory;

import dev.stickerplatform.domain.model.Hash32;
import dev.stickerplatform.domain.port.AuditChain;
import dev.stickerplatform.domain.port.AuditCheck;
import dev.stickerplatform.domain.port.AuditRecord;
import dev.stickerplatform.domain.port.AuditTrail;
import dev.stickerplatform.domain.port.SigningEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The {@link AuditTrail} of the embedded mode: the chain in process memory, lost with the process (with
 * {@code DATABASE_URL} the PostgreSQL trail keeps it). Thread-safe: appends are serialised.
 */
public final class InMemoryAuditTrail implements AuditTrail {
    private final List<AuditRecord> records = new ArrayList<>();

    @Override
    public synchronized void record(SigningEvent event) {
        Objects.requireNonNull(event, "event");
        Hash32 previous = records.isEmpty() ? AuditChain.GENESIS : records.getLast().hash();
        records.add(AuditRecord.append(records.size() + 1L, event, previous));
    }

    @Override
    public synchronized List<AuditRecord> newestFirst(Long before, int limit) {
        int end = before == null ? records.size() : (int) Math.max(0, Math.min(records.size(), before - 1));
        List<AuditRecord> page = new ArrayList<>(Math.min(limit, end));
        for (int i = end - 1; i >= 0 && page.size() < limit; i--) {
            page.add(records.get(i));
        }
        return page;
    }

    @Override
    public synchronized AuditCheck verify() {
        AuditChain.Walk walk = new AuditChain.Walk();
        records.forEach(walk::next);
        return records.isEmpty() ? walk.result(0, AuditChain.GENESIS)
                : walk.result(records.getLast().seq(), records.getLast().hash());
    }
}
