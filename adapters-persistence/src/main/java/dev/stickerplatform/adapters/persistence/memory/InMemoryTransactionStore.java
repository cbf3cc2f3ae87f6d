package dev.stickerplatform.adapters.persistence.memory;

import dev.stickerplatform.adapters.persistence.RepositorySet;
import dev.stickerplatform.adapters.persistence.RepositorySetStore;
import dev.stickerplatform.domain.port.Store;
import java.util.concurrent.locks.Lock;
import java.util.function.Function;

/**
 * The {@link Store} handed to the work of one {@link InMemoryStore} transaction: it reads and writes the
 * transaction's staged tables, only from the thread running the work and only until the transaction ends. Each
 * call holds the store's read lock, because claims may change committed jobs meanwhile. A nested
 * {@link #inTransaction} joins this one.
 */
final class InMemoryTransactionStore extends RepositorySetStore implements Context {
    private final Tables tables;
    private final Lock readLock;
    private final Thread owner = Thread.currentThread();
    private final MemoryRepositorySet repositories;
    private boolean open = true;

    InMemoryTransactionStore(Tables tables, Lock readLock, Sequences sequences) {
        this.tables = tables;
        this.readLock = readLock;
        this.repositories = MemoryRepositorySet.over(this, sequences);
    }

    void close() {
        open = false;
    }

    @Override
    public <T> T read(Function<Tables, T> query) {
        return write(query);
    }

    @Override
    public <T> T write(Function<Tables, T> change) {
        checkUsable();
        readLock.lock();
        try {
            return change.apply(tables);
        } finally {
            readLock.unlock();
        }
    }

    @Override
    public <T> T inTransaction(Function<Store, T> work) {
        checkUsable();
        return work.apply(this);
    }

    private void checkUsable() {
        if (Thread.currentThread() != owner) {
            throw new IllegalStateException("a transaction's store is used only by the thread running the work");
        }
        if (!open) {
            throw new IllegalStateException("the transaction is over");
        }
    }

    @Override
    protected RepositorySet repositories() {
        return repositories;
    }
}
