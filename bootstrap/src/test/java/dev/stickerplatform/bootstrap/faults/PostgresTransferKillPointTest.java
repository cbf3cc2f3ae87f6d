package dev.stickerplatform.bootstrap.faults;

import dev.stickerplatform.bootstrap.support.TestPostgres;
import dev.stickerplatform.domain.port.Store;
import org.junit.jupiter.api.AfterEach;

/** The same transfer kill points with the records in the real PostgreSQL database. */
class PostgresTransferKillPointTest extends TransferKillPointTest {
    private TestPostgres postgres;

    @Override
    Store newStore() {
        postgres = TestPostgres.freshSchema("transferkill");
        return postgres.database().store();
    }

    @AfterEach
    void dropSchema() throws Exception {
        postgres.close();
    }
}
