package dev.stickerplatform.bootstrap.faults;

import dev.stickerplatform.bootstrap.support.TestPostgres;
import dev.stickerplatform.domain.port.Store;
import org.junit.jupiter.api.AfterEach;

/** The same kill points with the records in the real PostgreSQL database. */
class PostgresKillPointTest extends KillPointTest {
    private TestPostgres postgres;

    @Override
    Store newStore() {
        postgres = TestPostgres.freshSchema("killpoint");
        return postgres.database().store();
    }

    @AfterEach
    void dropSchema() throws Exception {
        postgres.close();
    }
}
