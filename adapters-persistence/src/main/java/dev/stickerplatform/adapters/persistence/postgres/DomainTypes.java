package dev.stickerplatform.adapters.persistence.postgres;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.Hash32;
import dev.stickerplatform.domain.model.Memo;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.TxId;
import java.lang.reflect.Type;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.argument.ArgumentFactory;
import org.jdbi.v3.core.argument.NullArgument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.mapper.ColumnMapper;
import org.jdbi.v3.core.mapper.ColumnMapperFactory;
import org.jdbi.v3.core.spi.JdbiPlugin;

/**
 * The domain's value types in SQL, registered once on every {@link Jdbi} the adapters build ({@link #jdbi}):
 * bound as arguments, read back by column mappers, and usable as array elements ({@code bindArray}).
 * Addresses and txids are text; asset ids, app ids, rounds and microAlgos are {@code bigint}; hashes and memos
 * {@code bytea}. Instants are {@code timestamptz}, bound as UTC offset date-times (never through
 * {@code java.sql.Timestamp} and the JVM's zone) and kept to the microsecond, Postgres' precision: a record read
 * back equals the one written when its instants are whole microseconds. Enums are their names: bound by JDBI's
 * own by-name argument, read back with {@link Enum#valueOf} (an unknown name is an {@link IllegalArgumentException}, as
 * readers that report unreadable rows expect).
 *
 * <p>A null argument keeps its SQL type only when bound with its Java type ({@code bindByType}); a null column
 * reads as null.
 */
final class DomainTypes implements JdbiPlugin {
    /** A JDBI over {@code dataSource} that knows the domain's types. */
    static Jdbi jdbi(DataSource dataSource) {
        return Jdbi.create(Objects.requireNonNull(dataSource, "dataSource")).installPlugin(new DomainTypes());
    }

    @Override
    public void customizeJdbi(Jdbi jdbi) {
        text(jdbi, Address.class, Address::value, Address::new);
        text(jdbi, TxId.class, TxId::value, TxId::new);
        number(jdbi, AssetId.class, AssetId::value, AssetId::of);
        number(jdbi, AppId.class, AppId::value, AppId::of);
        number(jdbi, Round.class, Round::value, Round::of);
        number(jdbi, MicroAlgos.class, MicroAlgos::value, MicroAlgos::of);
        bytes(jdbi, Hash32.class, Hash32::bytes, Hash32::of);
        bytes(jdbi, Memo.class, Memo::bytes, Memo::of);
        jdbi.registerArgument(new ValueArgument<>(Instant.class, Types.TIMESTAMP_WITH_TIMEZONE, value -> {
            OffsetDateTime utc = OffsetDateTime.ofInstant(value.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
            return (position, statement, context) -> statement.setObject(position, utc);
        }));
        jdbi.registerColumnMapper((ColumnMapperFactory) (type, config) -> type instanceof Class<?> c && c.isEnum()
                ? Optional.of(enumByName(c.asSubclass(Enum.class))) : Optional.empty());
        jdbi.registerColumnMapper(Instant.class, (rs, column, ctx) -> {
            OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
            return value == null ? null : value.toInstant();
        });
    }

    /** By {@link Enum#valueOf}: a name the enum does not have is an {@link IllegalArgumentException}. */
    private static <E extends Enum<E>> ColumnMapper<E> enumByName(Class<E> type) {
        return (rs, column, ctx) -> {
            String name = rs.getString(column);
            return name == null ? null : Enum.valueOf(type, name);
        };
    }

    private static <T> void text(Jdbi jdbi, Class<T> type, Function<T, String> toSql, Function<String, T> fromSql) {
        jdbi.registerArgument(new ValueArgument<>(type, Types.VARCHAR, value -> {
            String text = toSql.apply(value);
            return (position, statement, context) -> statement.setString(position, text);
        }));
        jdbi.registerColumnMapper(type, (ColumnMapper<T>) (rs, column, ctx) -> {
            String value = rs.getString(column);
            return value == null ? null : fromSql.apply(value);
        });
        jdbi.registerArrayType(type, "varchar", toSql);
    }

    private static <T> void number(Jdbi jdbi, Class<T> type, Function<T, Long> toSql, LongFunction<T> fromSql) {
        jdbi.registerArgument(new ValueArgument<>(type, Types.BIGINT, value -> {
            long number = toSql.apply(value);
            return (position, statement, context) -> statement.setLong(position, number);
        }));
        jdbi.registerColumnMapper(type, (ColumnMapper<T>) (rs, column, ctx) -> {
            long value = rs.getLong(column);
            return rs.wasNull() ? null : fromSql.apply(value);
        });
        jdbi.registerArrayType(type, "bigint", toSql);
    }

    private static <T> void bytes(Jdbi jdbi, Class<T> type, Function<T, byte[]> toSql, Function<byte[], T> fromSql) {
        jdbi.registerArgument(new ValueArgument<>(type, Types.VARBINARY, value -> {
            byte[] bytes = toSql.apply(value);
            return (position, statement, context) -> statement.setBytes(position, bytes);
        }));
        jdbi.registerColumnMapper(type, (ColumnMapper<T>) (rs, column, ctx) -> {
            byte[] value = rs.getBytes(column);
            return value == null ? null : fromSql.apply(value);
        });
    }

    /** Binds the values of one type; a null of that type is a null of {@code sqlType}. */
    private record ValueArgument<T>(Class<T> type, int sqlType, Function<T, Argument> binder)
            implements ArgumentFactory.Preparable {
        @Override
        public Optional<Function<Object, Argument>> prepare(Type target, ConfigRegistry config) {
            if (!type.equals(target)) {
                return Optional.empty();
            }
            Argument sqlNull = new NullArgument(sqlType);
            return Optional.of(value -> value == null ? sqlNull : binder.apply(type.cast(value)));
        }

        @Override
        public Collection<Type> prePreparedTypes() {
            return List.of(type);
        }
    }
}
