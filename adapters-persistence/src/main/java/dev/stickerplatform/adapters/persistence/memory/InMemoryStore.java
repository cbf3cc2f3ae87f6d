package dev.stickerplatform.adapters.persistence.memory;

import dev.stickerplatform.adapters.persistence.RepositorySet;
import dev.stickerplatform.adapters.persistence.RepositorySetStore;
import dev.stickerplatform.domain.model.MintJob;
import dev.stickerplatform.domain.port.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * The {@link Store} in memory: the embedded default and the reference behaviour of the port.
 *
 * <p>Writers (every transaction, and every write outside one, which is a transaction of its own) run one at a
 * time under a writer lock, on a private staged view of the tables; their changes reach the committed tables in
 * one step under the write side of a commit lock, or are dropped when the work throws. Readers take only the
 * read side, so they never see partial writes and never wait for a long transaction, only for a commit step.
 * Records are immutable and results are fresh unmodifiable collections, so nothing handed out changes
 * afterwards. Template and sticker ids come from counters starting at 1.
 *
 * <p>Claims by {@link InMemoryMintQueue} do not wait for a running transaction either: like
 * {@code FOR UPDATE SKIP LOCKED}, they pass by the jobs it has written and lease another one.
 *
 * <p>A transaction's {@code Store} must be used from the thread running the work; writing through the outer
 * store from inside a transaction is a programming error ({@link IllegalStateException}), as it would
 * deadlock or escape the transaction in a real database.
 */
public final class InMemoryStore extends RepositorySetStore {
    private final ReentrantLock writer = new ReentrantLock();
    private final ReentrantReadWriteLock commitLock = new ReentrantReadWriteLock();
    private final JobSchedule schedule = new JobSchedule();
    private final WorkSignal signal = new WorkSignal();
    private final Sequences sequences = new Sequences();
    private final CommittedRows<UUID, MintJob> committedJobs = new CommittedRows<>(schedule::changed);
    private final Tables committed = Tables.committed(committedJobs);
    private final MemoryRepositorySet repositories = MemoryRepositorySet.over(new Autocommit(), sequences);
    /** The staged tables of the transaction in progress, if any. */
    private volatile Tables running;

    @Override
    public <T> T inTransaction(Function<Store, T> work) {
        Objects.requireNonNull(work, "work");
        return transact(tables -> {
            InMemoryTransactionStore transaction =
                    new InMemoryTransactionStore(tables, commitLock.readLock(), sequences);
            try {
                return work.apply(transaction);
            } finally {
                transaction.close();
            }
        });
    }

    /** Leases the oldest claimable job to {@code worker}, saving it at the next version. */
    Optional<MintJob> claim(String worker, Duration lease, Clock clock) {
        commitLock.writeLock().lock();
        try {
            Instant now = clock.instant();
            Tables transaction = running;
            return schedule.nextClaimable(now, id -> transaction != null && transaction.wroteJob(id)).map(job -> {
                MintJob claimed = job.withVersion(job.version() + 1);
                committedJobs.put(claimed.id(), claimed);
                schedule.lease(claimed.id(), worker, now.plus(lease));
                return claimed;
            });
        } finally {
            commitLock.writeLock().unlock();
        }
    }

    /** When the next unleased job becomes due, or empty. */
    Optional<Instant> nextDue(Clock clock) {
        commitLock.writeLock().lock();
        try {
            return schedule.nextDue(clock.instant());
        } finally {
            commitLock.writeLock().unlock();
        }
    }

    /** Ends {@code worker}'s lease on the job; wakes waiting workers when there was one. */
    void release(UUID jobId, String worker) {
        boolean released;
        commitLock.writeLock().lock();
        try {
            released = schedule.release(jobId, worker);
        } finally {
            commitLock.writeLock().unlock();
        }
        if (released) {
            signal.pulse();
        }
    }

    /** Pulsed after every commit that touched a job, and every release; workers wait on it. */
    WorkSignal signal() {
        return signal;
    }

    private <T> T transact(Function<Tables, T> change) {
        if (writer.isHeldByCurrentThread()) {
            throw new IllegalStateException("inside a transaction, write through the Store passed to the work");
        }
        T result;
        boolean jobsChanged;
        writer.lock();
        try {
            Tables staged = committed.stage();
            running = staged;
            try {
                result = change.apply(staged);
                commit(staged);
            } finally {
                running = null;
            }
            jobsChanged = staged.jobsChanged();
        } finally {
            writer.unlock();
        }
        if (jobsChanged) {
            signal.pulse();
        }
        return result;
    }

    private void commit(Tables staged) {
        if (!staged.hasChanges()) {
            return;
        }
        commitLock.writeLock().lock();
        try {
            staged.commit();
            running = null;
        } finally {
            commitLock.writeLock().unlock();
        }
    }

    /** Outside a transaction: reads see committed rows, each write is a transaction of its own. */
    private final class Autocommit implements Context {
        @Override
        public <T> T read(Function<Tables, T> query) {
            commitLock.readLock().lock();
            try {
                return query.apply(committed);
            } finally {
                commitLock.readLock().unlock();
            }
        }

        @Override
        public <T> T write(Function<Tables, T> change) {
            return transact(staged -> {
                commitLock.readLock().lock();
                try {
                    return change.apply(staged);
                } finally {
                    commitLock.readLock().unlock();
                }
            });
        }
    }

    @Override
    protected RepositorySet repositories() {
        return repositories;
    }
}
