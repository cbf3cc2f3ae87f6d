package dev.stickerplatform.adapters.persistence.memory;

import dev.stickerplatform.domain.port.PageRequest;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Sorting, limiting and paging of query results, always into new unmodifiable lists. */
final class Lists {
    private Lists() {
    }

    static <T> List<T> first(Stream<T> rows, Comparator<? super T> order, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        return rows.sorted(order).limit(limit).toList();
    }

    static <T> List<T> page(Stream<T> rows, Comparator<? super T> order, PageRequest page) {
        return rows.sorted(order).skip(page.offset()).limit(page.limit()).toList();
    }
}
