package dev.stickerplatform.adapters.persistence.postgres;

import dev.stickerplatform.adapters.persistence.RepositorySet;
import dev.stickerplatform.adapters.persistence.RepositorySetStore;
import dev.stickerplatform.domain.port.Store;
import java.util.Objects;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * The {@link Store} on PostgreSQL, with JDBI over a connection pool; the schema comes from the Flyway migrations
 * ({@link PostgresDatabase} runs them).
 *
 * <p>Outside {@link #inTransaction} every call runs on a pooled connection in autocommit. {@code inTransaction}
 * runs the work in one database transaction (READ COMMITTED) on one connection, handing it a {@code Store} bound
 * to that connection; a nested {@code inTransaction} on that store joins the transaction. The uniqueness rules
 * are constraints and partial unique indexes, so they hold across processes; inserts that would break one are
 * refused with {@code ON CONFLICT DO NOTHING} (a {@code DuplicateException} or {@code false}, and the
 * surrounding transaction stays usable), while an update that breaks one leaves the transaction rollback-only.
 *
 * <p>As in the in-memory store, a transaction's {@code Store} is usable only by the thread running the work and
 * only until the work returns, and writing through the outer store from inside a transaction is refused
 * ({@link IllegalStateException}): on a second connection it would escape the transaction, or wait forever for a
 * row the transaction holds.
 */
public final class PostgresStore extends RepositorySetStore {
    private final Jdbi jdbi;
    private final JdbiRepositorySet repositories;
    /** Set while this thread runs a transaction of this store. */
    private final ThreadLocal<Boolean> inWork = new ThreadLocal<>();

    public PostgresStore(DataSource dataSource) {
        this.jdbi = DomainTypes.jdbi(dataSource);
        this.repositories = JdbiRepositorySet.over(new Autocommit());
    }

    @Override
    public <T> T inTransaction(Function<Store, T> work) {
        Objects.requireNonNull(work, "work");
        refuseInsideWork();
        inWork.set(Boolean.TRUE);
        try {
            return jdbi.inTransaction(handle -> {
                try (PostgresTransactionStore transaction = new PostgresTransactionStore(handle)) {
                    return work.apply(transaction);
                }
            });
        } catch (JdbiException e) {
            throw SqlErrors.translate(e);
        } finally {
            inWork.remove();
        }
    }

    /**
     * Calls {@code listener} after every statement this store (and its queue) executes, a JDBC batch counting as
     * one: for benchmarks that report statements per unit of work.
     */
    public void onStatement(Runnable listener) {
        Objects.requireNonNull(listener, "listener");
        jdbi.setSqlLogger(new org.jdbi.v3.core.statement.SqlLogger() {
            @Override
            public void logAfterExecution(org.jdbi.v3.core.statement.StatementContext context) {
                listener.run();
            }
        });
    }

    /** JDBI over the same pool, for the queue of this store. */
    Jdbi jdbi() {
        return jdbi;
    }

    private void refuseInsideWork() {
        if (inWork.get() != null) {
            throw new IllegalStateException("inside a transaction, write through the Store passed to the work");
        }
    }

    /** Each call on a pooled connection of its own, committed at once. */
    private final class Autocommit implements Session {
        @Override
        public <T> T read(Function<Handle, T> query) {
            try {
                return jdbi.withHandle(query::apply);
            } catch (JdbiException e) {
                throw SqlErrors.translate(e);
            }
        }

        @Override
        public <T> T write(Function<Handle, T> change) {
            refuseInsideWork();
            return read(change);
        }
    }

    @Override
    protected RepositorySet repositories() {
        return repositories;
    }
}
