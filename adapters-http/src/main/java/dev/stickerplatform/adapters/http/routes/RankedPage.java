package dev.stickerplatform.adapters.http.routes;

import dev.stickerplatform.adapters.http.routing.PageParams;
import dev.stickerplatform.domain.port.PageRequest;
import java.util.List;

/**
 * Pages over a ranking that the use cases compute as a top-N (N ≤ 100, no offset): the top
 * {@link #fetchSize} entries are fetched and the page cut from them, so rankings are browsable with the usual
 * {@code limit}/{@code cursor} down to rank 100.
 */
record RankedPage<T>(List<T> items, String nextCursor) {
    static final int MAX_RANK = 100;

    /** How many top entries to fetch for {@code page}: one more than it shows, to know whether more follow. */
    static int fetchSize(PageRequest page) {
        return Math.max(1, Math.min(MAX_RANK, page.offset() + page.limit() + 1));
    }

    /** The page of {@code ranked} (the top {@link #fetchSize} entries). */
    static <T> RankedPage<T> cut(PageRequest page, List<T> ranked) {
        if (page.offset() >= Math.min(MAX_RANK, ranked.size())) {
            return new RankedPage<>(List.of(), null);
        }
        int end = Math.min(ranked.size(), page.offset() + page.limit());
        boolean more = ranked.size() > page.offset() + page.limit();
        List<T> items = List.copyOf(ranked.subList(page.offset(), end));
        return new RankedPage<>(items, PageParams.next(page, items.size(), more));
    }
}
