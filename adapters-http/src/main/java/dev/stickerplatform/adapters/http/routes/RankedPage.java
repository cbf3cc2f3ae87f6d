package dev.stickerplatform.adapters.http.routes;

import dev.stickerplatform.adapters.http.server.PageParams;
import dev.stickerplatform.domain.port.PageRequest;
import java.util.List;

/**
 * A page of a ranking: the use cases fetch the page's ranks and one more ({@link #fetchSize}) from the page's offset
 * ({@code offset + 1} is the first rank shown), so rankings page with the usual {@code limit}/{@code cursor} to
 * their end.
 */
record RankedPage<T>(List<T> items, String nextCursor) {
    /** How many entries to fetch from the page's offset: one more than it shows, to know whether more follow. */
    static int fetchSize(PageRequest page) {
        return page.limit() + 1;
    }

    /** The page, from the {@link #fetchSize} entries fetched at {@code page.offset()}. */
    static <T> RankedPage<T> cut(PageRequest page, List<T> fetched) {
        boolean more = fetched.size() > page.limit();
        List<T> items = List.copyOf(fetched.subList(0, Math.min(page.limit(), fetched.size())));
        return new RankedPage<>(items, PageParams.next(page, items.size(), more));
    }
}
