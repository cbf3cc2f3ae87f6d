package dev.stickerplatform.adapters.persistence.postgres;

import dev.stickerplatform.domain.port.SessionStore;
import dev.stickerplatform.domain.port.SessionStoreContractTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The session contract on a real PostgreSQL, in a fresh schema. */
class PostgresSessionStoreTest extends SessionStoreContractTest {
    @RegisterExtension
    static final PostgresExtension db = new PostgresExtension();

    @Override
    protected SessionStore newStore(Clock clock) {
        try (Connection connection = db.newDataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("TRUNCATE auth_sessions");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return db.database().sessionStore();
    }
}
