package dev.stickerplatform.adapters.persistence.memory;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.Hash32;
import dev.stickerplatform.domain.port.DuplicateException;
import dev.stickerplatform.domain.port.SessionStore;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A per-process {@link SessionStore} (the embedded default): every operation runs under one lock, so rotations are
 * atomic. Sessions ended (expired, or revoked and past their expiry) are dropped on later opens.
 */
public final class InMemorySessionStore implements SessionStore {
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<UUID, Session> sessions = new HashMap<>();

    public InMemorySessionStore(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void open(Session session) {
        Objects.requireNonNull(session, "session");
        lock.lock();
        try {
            Instant now = clock.instant();
            sessions.values().removeIf(s -> !now.isBefore(s.expiresAt()));
            if (sessions.putIfAbsent(session.id(), session) != null) {
                throw new DuplicateException("session " + session.id() + " exists");
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Optional<Session> find(UUID id) {
        lock.lock();
        try {
            return Optional.ofNullable(sessions.get(id));
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Rotation rotate(UUID id, Hash32 presented, Hash32 next, Instant now) {
        lock.lock();
        try {
            Session session = sessions.get(id);
            if (session == null) {
                return new Rotation.Unknown();
            }
            if (!session.isActive(now)) {
                return new Rotation.Ended(session);
            }
            if (!session.tokenHash().equals(presented)) {
                Session revoked = session.revoked(now);
                sessions.put(id, revoked);
                return new Rotation.Reused(revoked);
            }
            Session rotated = session.rotated(next);
            sessions.put(id, rotated);
            return new Rotation.Rotated(rotated);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean revoke(UUID id, Instant now) {
        lock.lock();
        try {
            Session session = sessions.get(id);
            if (session == null || session.revokedAt() != null) {
                return false;
            }
            sessions.put(id, session.revoked(now));
            return true;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int revokeAll(Address wallet, Instant now) {
        lock.lock();
        try {
            int revoked = 0;
            for (Map.Entry<UUID, Session> entry : sessions.entrySet()) {
                if (entry.getValue().wallet().equals(wallet) && entry.getValue().revokedAt() == null) {
                    entry.setValue(entry.getValue().revoked(now));
                    revoked++;
                }
            }
            return revoked;
        } finally {
            lock.unlock();
        }
    }
}
