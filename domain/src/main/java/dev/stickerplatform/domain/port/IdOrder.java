package dev.stickerplatform.domain.port;

import java.util.Comparator;
import java.util.UUID;

/**
 * How a list breaks ties between rows with equal keys: by id, in unsigned byte order. That is the order of
 * PostgreSQL's {@code uuid} type; {@link UUID#compareTo} compares signed longs and would page differently, so every
 * store sorts ids with {@link #IDS}.
 */
public final class IdOrder {
    /** Ids in unsigned byte order (the canonical lower-case text compares the same way). */
    public static final Comparator<UUID> IDS = Comparator.comparing(UUID::toString);

    private IdOrder() {
    }
}
