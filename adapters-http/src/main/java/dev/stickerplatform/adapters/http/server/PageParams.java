package dev.stickerplatform.adapters.http.server;

import dev.stickerplatform.adapters.http.problem.FieldError;
import dev.stickerplatform.adapters.http.problem.Problem;
import dev.stickerplatform.adapters.http.problem.ProblemException;
import dev.stickerplatform.domain.port.PageRequest;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/** {@code ?limit=} (1–100, default 50) and {@code ?cursor=} (opaque) of every list endpoint. */
public final class PageParams {
    public static final int DEFAULT_LIMIT = 50;

    private PageParams() {
    }

    public static PageRequest read(Context ctx) {
        return parse(ctx.queryParam("limit"), ctx.queryParam("cursor"));
    }

    /** Both parameters checked at once, so a client learns every mistake in one answer. */
    public static PageRequest parse(String limit, String cursor) {
        List<FieldError> errors = new ArrayList<>();
        int parsedLimit = limit(limit, errors);
        int offset = 0;
        if (cursor != null) {
            try {
                offset = Cursor.decode(cursor);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("cursor", e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.invalid(errors));
        }
        return new PageRequest(parsedLimit, offset);
    }

    /**
     * {@code ?limit=} of any list (absent: {@link #DEFAULT_LIMIT}), the one place it is read: an integer from 1 to
     * {@link PageRequest#MAX_LIMIT}, else a 400 naming {@code limit}.
     */
    public static int limit(String limit) {
        List<FieldError> errors = new ArrayList<>();
        int parsed = limit(limit, errors);
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.invalid(errors));
        }
        return parsed;
    }

    /** As {@link #limit(String)}, but a bad limit is added to {@code errors} (and {@link #DEFAULT_LIMIT} returned). */
    public static int limit(String limit, List<FieldError> errors) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit.matches("[0-9]{1,3}") && Integer.parseInt(limit) >= 1
                && Integer.parseInt(limit) <= PageRequest.MAX_LIMIT) {
            return Integer.parseInt(limit);
        }
        errors.add(new FieldError("limit", "must be an integer from 1 to " + PageRequest.MAX_LIMIT));
        return DEFAULT_LIMIT;
    }

    /** The cursor of the page after {@code page} when it had {@code returned} items, or null when it was the last. */
    public static String next(PageRequest page, int returned, boolean hasMore) {
        return hasMore && returned > 0 ? Cursor.encode(page.offset() + returned) : null;
    }
}
