package dev.stickerplatform.adapters.persistence.memory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A transaction's private view of a table: its own changes laid over the committed rows. Nobody else sees the
 * changes until {@link #commit()}; dropping the object is the rollback.
 */
final class StagedRows<K, V> implements Rows<K, V> {
    private final CommittedRows<K, V> base;
    /** Changed keys in order of change; an empty value is a deletion. */
    private final Map<K, Optional<V>> changes = new LinkedHashMap<>();

    StagedRows(CommittedRows<K, V> base) {
        this.base = base;
    }

    @Override
    public Optional<V> get(K key) {
        Optional<V> changed = changes.get(key);
        return changed != null ? changed : base.get(key);
    }

    @Override
    public Stream<V> values() {
        Stream<V> untouched = base.entries().filter(e -> !changes.containsKey(e.getKey())).map(Map.Entry::getValue);
        return Stream.concat(untouched, changes.values().stream().flatMap(Optional::stream));
    }

    @Override
    public void put(K key, V value) {
        changes.put(key, Optional.of(value));
    }

    @Override
    public boolean remove(K key) {
        boolean existed = get(key).isPresent();
        changes.put(key, Optional.empty());
        return existed;
    }

    /** Whether this transaction wrote (or deleted) the row. */
    boolean isChanged(K key) {
        return changes.containsKey(key);
    }

    boolean hasChanges() {
        return !changes.isEmpty();
    }

    void commit() {
        changes.forEach((key, value) -> {
            if (value.isPresent()) {
                base.put(key, value.get());
            } else {
                base.remove(key);
            }
        });
    }
}
