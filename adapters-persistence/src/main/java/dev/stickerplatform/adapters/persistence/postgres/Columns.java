package dev.stickerplatform.adapters.persistence.postgres;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.ChainWrite;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.TxId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Column conversions shared by the row mappers and statements. Instants are {@code timestamptz}, bound as UTC
 * offset date-times (never through {@code java.sql.Timestamp} and the JVM's zone) and kept to the microsecond,
 * Postgres' precision: a record read back equals the one written when its instants are whole microseconds.
 */
final class Columns {
    private Columns() {
    }

    static Argument time(Instant value) {
        if (value == null) {
            return (position, statement, context) -> statement.setNull(position, Types.TIMESTAMP_WITH_TIMEZONE);
        }
        OffsetDateTime utc = OffsetDateTime.ofInstant(value.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        return (position, statement, context) -> statement.setObject(position, utc);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static Address address(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : new Address(value);
    }

    static TxId txId(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : new TxId(value);
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, ResultSet rs, String column) throws SQLException {
        return Enum.valueOf(type, rs.getString(column));
    }

    /**
     * Text kept for people (errors, reasons): Postgres text cannot hold U+0000, and recording a failure must
     * never fail because of what the failure said, so NULs become U+FFFD.
     */
    static String diagnostic(String text) {
        return text == null ? null : text.replace((char) 0, '\uFFFD');
    }

    static String valueOf(Object value) {
        return value == null ? null : value.toString();
    }

    /** Binds a chain write (or null) to the columns {@code pending_tx_id, pending_last_valid, pending_signed}. */
    static <S extends SqlStatement<S>> S bindWrite(S statement, ChainWrite write) {
        return statement.bind("pending_tx_id", write == null ? null : write.txId().value())
                .bind("pending_last_valid", write == null ? null : write.lastValid().value())
                .bind("pending_signed", write == null ? null : write.signedBytes());
    }

    static ChainWrite chainWrite(ResultSet rs) throws SQLException {
        String txId = rs.getString("pending_tx_id");
        if (txId == null) {
            return null;
        }
        return new ChainWrite(new TxId(txId), Round.of(rs.getLong("pending_last_valid")),
                rs.getBytes("pending_signed"));
    }
}
