package dev.stickerplatform.bootstrap.wiring;

import dev.stickerplatform.adapters.persistence.memory.InMemoryAuditTrail;
import dev.stickerplatform.adapters.persistence.memory.InMemoryChallengeStore;
import dev.stickerplatform.adapters.persistence.memory.InMemoryDailyCaps;
import dev.stickerplatform.adapters.persistence.memory.InMemoryMintQueue;
import dev.stickerplatform.adapters.persistence.memory.InMemorySessionStore;
import dev.stickerplatform.adapters.persistence.memory.InMemoryStore;
import dev.stickerplatform.adapters.persistence.memory.PollingMintQueue;
import dev.stickerplatform.adapters.persistence.postgres.PostgresConfig;
import dev.stickerplatform.adapters.persistence.postgres.PostgresDatabase;
import dev.stickerplatform.adapters.persistence.postgres.PostgresLeadership;
import dev.stickerplatform.domain.port.AuditTrail;
import dev.stickerplatform.domain.port.ChallengeStore;
import dev.stickerplatform.domain.port.DailyCaps;
import dev.stickerplatform.domain.port.Leadership;
import dev.stickerplatform.domain.port.MintQueue;
import dev.stickerplatform.domain.port.SessionStore;
import dev.stickerplatform.domain.port.Store;
import java.time.Clock;

/**
 * Where records live: PostgreSQL when {@code DATABASE_URL} is set (shared by every process: listener leadership
 * by advisory lock, jobs claimed with SKIP LOCKED, the signing audit trail hash-chained under a row lock, sign-in
 * sessions), otherwise in memory (one process, the embedded default). The daily spending counts
 * ({@code daily_spend}) live there too.
 */
record Persistence(String description, Store store, MintQueue queue, ChallengeStore challenges,
                   Leadership leadership, AuditTrail audit, AutoCloseable resources, DailyCaps dailyCaps,
                   SessionStore sessions)
        implements AutoCloseable {

    static Persistence open(PostgresConfig database, Clock clock) {
        if (database == null) {
            InMemoryStore store = new InMemoryStore();
            return new Persistence("in-memory", store, new InMemoryMintQueue(store, clock),
                    new InMemoryChallengeStore(clock), Leadership.alone(), new InMemoryAuditTrail(), () -> { },
                    new InMemoryDailyCaps(), new InMemorySessionStore(clock));
        }
        PostgresDatabase db = PostgresDatabase.open(database);
        return new Persistence("postgres " + database, db.store(), db.mintQueue(clock), db.challengeStore(clock),
                new PostgresLeadership(db.listenerLease()), db.auditTrail(), db, db.dailyCaps(),
                db.sessionStore());
    }

    /**
     * The records in {@code store}, an embedding application's (which closes it itself: closing this does not):
     * the queue, challenges, sessions, signing audit trail and daily caps in memory as for the in-memory default.
     * The queue is the in-memory store's own when {@code store} is an {@link InMemoryStore}, else it polls it.
     */
    static Persistence over(Store store, Clock clock) {
        var queue = store instanceof InMemoryStore memory ? new InMemoryMintQueue(memory, clock)
                : new PollingMintQueue(store, clock);
        return new Persistence("the embedding application's store (" + store.getClass().getSimpleName() + ")", store,
                queue, new InMemoryChallengeStore(clock), Leadership.alone(), new InMemoryAuditTrail(), () -> { },
                new InMemoryDailyCaps(), new InMemorySessionStore(clock));
    }

    @Override
    public void close() throws Exception {
        resources.close();
    }
}
