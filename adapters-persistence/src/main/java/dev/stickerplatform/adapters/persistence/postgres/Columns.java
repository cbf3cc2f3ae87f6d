package dev.stickerplatform.adapters.persistence.postgres;

import dev.stickerplatform.domain.model.ChainWrite;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.TxId;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Column helpers shared by the row mappers and statements. Single values convert through the arguments and
 * column mappers of {@link DomainTypes}; what is here spans several columns or cleans text.
 */
final class Columns {
    private Columns() {
    }

    /** Reads {@code column} of the current row through the column mapper registered for {@code type}. */
    static <T> T get(ResultSet rs, StatementContext ctx, String column, Class<T> type) throws SQLException {
        return ctx.findColumnMapperFor(type)
                .orElseThrow(() -> new IllegalStateException("no column mapper for " + type))
                .map(rs, column, ctx);
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    /**
     * Text kept for people (errors, reasons): Postgres text cannot hold U+0000, and recording a failure must
     * never fail because of what the failure said, so NULs become U+FFFD.
     */
    static String diagnostic(String text) {
        return text == null ? null : text.replace((char) 0, '\uFFFD');
    }

    /** Binds a chain write (or null) to the columns {@code pending_tx_id, pending_last_valid, pending_signed}. */
    static <S extends SqlStatement<S>> S bindWrite(S statement, ChainWrite write) {
        return statement.bindByType("pending_tx_id", write == null ? null : write.txId(), TxId.class)
                .bindByType("pending_last_valid", write == null ? null : write.lastValid(), Round.class)
                .bind("pending_signed", write == null ? null : write.signedBytes());
    }

    static ChainWrite chainWrite(ResultSet rs, StatementContext ctx) throws SQLException {
        TxId txId = get(rs, ctx, "pending_tx_id", TxId.class);
        if (txId == null) {
            return null;
        }
        return new ChainWrite(txId, get(rs, ctx, "pending_last_valid", Round.class), rs.getBytes("pending_signed"));
    }
}
