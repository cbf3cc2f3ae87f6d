package dev.stickerplatform.adapters.persistence.memory;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * The committed rows of a table. Changed only by the one writer holding the store's write lock; read under its
 * read lock. {@code onChange} sees (old, new) for every change, null meaning absent, to maintain indexes.
 */
final class CommittedRows<K, V> implements Rows<K, V> {
    private final Map<K, V> rows = new HashMap<>();
    private final BiConsumer<V, V> onChange;

    CommittedRows() {
        this((before, after) -> { });
    }

    CommittedRows(BiConsumer<V, V> onChange) {
        this.onChange = onChange;
    }

    @Override
    public Optional<V> get(K key) {
        return Optional.ofNullable(rows.get(key));
    }

    @Override
    public Stream<V> values() {
        return rows.values().stream();
    }

    Stream<Map.Entry<K, V>> entries() {
        return rows.entrySet().stream();
    }

    @Override
    public void put(K key, V value) {
        onChange.accept(rows.put(key, value), value);
    }

    @Override
    public boolean remove(K key) {
        V removed = rows.remove(key);
        if (removed != null) {
            onChange.accept(removed, null);
        }
        return removed != null;
    }
}
