package dev.stickerplatform.adapters.persistence.memory;

import java.util.function.Function;

/**
 * How a repository reaches the tables: on its own (each call commits by itself) or inside a transaction (reads
 * see the transaction's own writes, nothing is visible to others before commit).
 */
interface Context {
    /** Runs a query; the tables are valid only during the call, so it must return copies. */
    <T> T read(Function<Tables, T> query);

    /** Runs a change; it either commits entirely or, when it throws, not at all. */
    <T> T write(Function<Tables, T> change);
}
