package dev.stickerplatform.bootstrap.faults;

import dev.stickerplatform.bootstrap.support.TestPostgres;
import dev.stickerplatform.domain.port.Store;
import org.junit.jupiter.api.AfterEach;

/** The same expiry, kill points included, with the records in the real PostgreSQL database (migration V8). */
class PostgresStickerExpiryTest extends StickerExpiryTest {
    private TestPostgres postgres;

    @Override
    Store newStore() {
        postgres = TestPostgres.freshSchema("expiry");
        return postgres.database().store();
    }

    @AfterEach
    void dropSchema() throws Exception {
        postgres.close();
    }
}
