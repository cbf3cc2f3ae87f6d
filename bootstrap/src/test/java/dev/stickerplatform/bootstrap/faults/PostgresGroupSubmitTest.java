package dev.stickerplatform.bootstrap.faults;

import dev.stickerplatform.bootstrap.support.TestPostgres;
import dev.stickerplatform.domain.port.Store;
import org.junit.jupiter.api.AfterEach;

/** The same group submissions and crashes with the records in the real PostgreSQL database. */
class PostgresGroupSubmitTest extends GroupSubmitTest {
    private TestPostgres postgres;

    @Override
    Store newStore() {
        postgres = TestPostgres.freshSchema("groups");
        return postgres.database().store();
    }

    @AfterEach
    void dropSchema() throws Exception {
        postgres.close();
    }
}
