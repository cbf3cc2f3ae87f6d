package dev.stickerplatform.adapters.persistence.postgres;

import dev.stickerplatform.domain.policy.TemplateRules;
import dev.stickerplatform.domain.port.DuplicateException;
import dev.stickerplatform.domain.port.TemplateLimitException;
import dev.stickerplatform.domain.port.StoreUnavailableException;
import java.sql.SQLException;

/**
 * Turns JDBI and JDBC failures into the exceptions the ports declare, by SQLState: a unique violation is a
 * {@link DuplicateException}; the template cap's trigger is a {@link TemplateLimitException}; a value the schema refuses (check, not-null, bad data) is a broken invariant
 * ({@link IllegalArgumentException}); using a transaction an earlier error aborted is a programming error
 * ({@link IllegalStateException}); everything else (lost connections, pool timeouts, shutdowns, deadlocks,
 * serialization failures, missing tables) is the store failing: {@link StoreUnavailableException}.
 */
final class SqlErrors {
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String FAILED_TRANSACTION = "25P02";
    /** Raised by the {@code sticker_templates_cap} trigger (V6). */
    private static final String TEMPLATE_LIMIT = "ST020";

    private SqlErrors() {
    }

    static RuntimeException translate(Exception failure) {
        String state = sqlState(failure);
        if (TEMPLATE_LIMIT.equals(state)) {
            return new TemplateLimitException(TemplateRules.MAX_TEMPLATES_PER_CREATOR);
        }
        if (UNIQUE_VIOLATION.equals(state)) {
            return new DuplicateException("a uniqueness rule of the store was broken");
        }
        if (state != null && (state.startsWith("22") || state.startsWith("23"))) {
            return new IllegalArgumentException("the store refused a value (SQLState " + state + ")", failure);
        }
        if (FAILED_TRANSACTION.equals(state)) {
            return new IllegalStateException("the transaction was aborted by an earlier error; let it roll back",
                    failure);
        }
        return new StoreUnavailableException("the database failed" + (state == null ? "" : " (SQLState " + state
                + ")"), failure);
    }

    /** The SQLState of the first SQLException in the cause chain, or null. */
    static String sqlState(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
