package dev.stickerplatform.adapters.persistence.postgres;

import dev.stickerplatform.domain.port.StoreUnavailableException;
import dev.stickerplatform.domain.port.ViewVersions;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * {@link ViewVersions} from the server's transaction snapshot ({@code pg_current_snapshot()}: the oldest running
 * transaction, the next transaction id, the ids still running). It changes whenever any transaction that wrote
 * something ends, in any process: one that was running leaves the list, or one that began later moves the next
 * id past it. Reading it writes nothing and takes no lock, so writers pay nothing (no trigger, no counter row to
 * serialise on). It is coarse: any write on the server, to any table, gives a new version; read-only transactions
 * give none.
 */
final class PostgresViewVersions implements ViewVersions {
    private final DataSource pool;

    PostgresViewVersions(DataSource pool) {
        this.pool = Objects.requireNonNull(pool, "pool");
    }

    @Override
    public String current() {
        try (var connection = pool.getConnection();
             var statement = connection.prepareStatement("SELECT pg_current_snapshot()::text");
             var rows = statement.executeQuery()) {
            rows.next();
            return rows.getString(1);
        } catch (SQLException e) {
            throw new StoreUnavailableException("could not read the database's snapshot", e);
        }
    }
}
