package dev.stickerplatform.adapters.persistence.memory;

import java.util.Optional;
import java.util.stream.Stream;

/** One table of immutable records by key, as a repository sees it (committed, or through a transaction). */
interface Rows<K, V> {
    Optional<V> get(K key);

    /** Every row; only valid while the caller keeps the store locked, so callers collect before returning. */
    Stream<V> values();

    void put(K key, V value);

    /** Removes the row; returns whether there was one. */
    boolean remove(K key);
}
