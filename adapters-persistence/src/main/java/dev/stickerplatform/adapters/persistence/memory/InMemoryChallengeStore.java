package dev.stickerplatform.adapters.persistence.memory;

import dev.stickerplatform.domain.port.ChallengeStore;
import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A per-process {@link ChallengeStore}. A challenge is handed out at most once (removal under one lock) and never
 * once {@code now} has reached its {@code expiresAt}.
 *
 * <p>Bounded: expired challenges at the head (they are kept in the order saved, which is expiry order for a
 * fixed TTL) are dropped on every save, and beyond {@code maxEntries} the oldest challenge is dropped, so a
 * flood of sign-in attempts costs memory only up to the bound.
 */
public final class InMemoryChallengeStore implements ChallengeStore {
    public static final int DEFAULT_MAX_ENTRIES = 100_000;

    private final Clock clock;
    private final int maxEntries;
    private final ReentrantLock lock = new ReentrantLock();
    private final LinkedHashMap<String, Challenge> challenges = new LinkedHashMap<>();

    public InMemoryChallengeStore(Clock clock) {
        this(clock, DEFAULT_MAX_ENTRIES);
    }

    public InMemoryChallengeStore(Clock clock, int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be positive");
        }
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxEntries = maxEntries;
    }

    @Override
    public void save(Challenge challenge) {
        Objects.requireNonNull(challenge, "challenge");
        Objects.requireNonNull(challenge.nonce(), "nonce");
        Objects.requireNonNull(challenge.expiresAt(), "expiresAt");
        Instant now = clock.instant();
        lock.lock();
        try {
            challenges.remove(challenge.nonce());
            dropExpiredHead(now);
            if (challenges.size() >= maxEntries) {
                Iterator<Challenge> oldest = challenges.values().iterator();
                oldest.next();
                oldest.remove();
            }
            challenges.put(challenge.nonce(), challenge);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Optional<Challenge> consume(String nonce, Instant now) {
        Objects.requireNonNull(now, "now");
        if (nonce == null) {
            return Optional.empty();
        }
        Challenge challenge;
        lock.lock();
        try {
            challenge = challenges.remove(nonce);
        } finally {
            lock.unlock();
        }
        return Optional.ofNullable(challenge).filter(c -> now.isBefore(c.expiresAt()));
    }

    /** How many challenges are held now (for metrics). */
    public int size() {
        Instant now = clock.instant();
        lock.lock();
        try {
            challenges.values().removeIf(c -> !now.isBefore(c.expiresAt()));
            return challenges.size();
        } finally {
            lock.unlock();
        }
    }

    private void dropExpiredHead(Instant now) {
        Iterator<Challenge> it = challenges.values().iterator();
        while (it.hasNext() && !now.isBefore(it.next().expiresAt())) {
            it.remove();
        }
    }
}
