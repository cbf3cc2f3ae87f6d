package dev.stickerplatform.adapters.persistence.postgres;

import dev.stickerplatform.adapters.persistence.RepositorySet;
import dev.stickerplatform.adapters.persistence.RepositorySetStore;
import dev.stickerplatform.domain.port.Store;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;

/**
 * The {@link Store} handed to the work of {@link PostgresStore#inTransaction}: every repository of its
 * {@link JdbiRepositorySet} runs on the transaction's handle. Usable only by the thread that runs the work and
 * only until it returns.
 */
final class PostgresTransactionStore extends RepositorySetStore implements Session, AutoCloseable {
    private final Handle handle;
    private final Thread owner = Thread.currentThread();
    private final JdbiRepositorySet repositories;
    private volatile boolean open = true;

    PostgresTransactionStore(Handle handle) {
        this.handle = handle;
        this.repositories = JdbiRepositorySet.over(this);
    }

    /** Joins the transaction in progress: the work's writes commit or roll back with the outer work's. */
    @Override
    public <T> T inTransaction(Function<Store, T> work) {
        checkUsable();
        return work.apply(this);
    }

    @Override
    public <T> T read(Function<Handle, T> query) {
        checkUsable();
        try {
            return query.apply(handle);
        } catch (JdbiException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public <T> T write(Function<Handle, T> change) {
        return read(change);
    }

    @Override
    public void close() {
        open = false;
    }

    private void checkUsable() {
        if (!open) {
            throw new IllegalStateException("the transaction is over; use the store it ran on");
        }
        if (Thread.currentThread() != owner) {
            throw new IllegalStateException("a transaction's store is usable only by the thread running the work");
        }
    }

    @Override
    protected RepositorySet repositories() {
        return repositories;
    }
}
