package dev.stickerplatform.adapters.kms;

import dev.stickerplatform.domain.port.AuditLog;
import dev.stickerplatform.domain.port.SigningEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Keeps events in memory, for tests and the embedded development mode. Thread-safe. */
public final class InMemoryAuditLog implements AuditLog {
    private final List<SigningEvent> events = new ArrayList<>();

    @Override
    public synchronized void record(SigningEvent event) {
        events.add(Objects.requireNonNull(event, "event"));
    }

    /** A snapshot, oldest first. */
    public synchronized List<SigningEvent> events() {
        return List.copyOf(events);
    }
}
