package dev.stickerplatform.adapters.persistence.postgres;

import java.util.function.Function;
import org.jdbi.v3.core.Handle;

/**
 * Where a repository's statements run: on a pooled connection in autocommit (each call its own transaction), or
 * on the handle of the transaction in progress. Either way JDBI and JDBC failures come out translated
 * ({@link SqlErrors}).
 */
interface Session {
    <T> T read(Function<Handle, T> query);

    <T> T write(Function<Handle, T> change);
}
