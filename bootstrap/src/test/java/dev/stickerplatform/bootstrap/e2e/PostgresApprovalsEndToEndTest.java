package dev.stickerplatform.bootstrap.e2e;

import dev.stickerplatform.bootstrap.config.PlatformConfig;
import dev.stickerplatform.bootstrap.support.TestPostgres;
import org.junit.jupiter.api.AfterEach;

/** The approval scenarios with every record in PostgreSQL (a fresh schema per test). */
class PostgresApprovalsEndToEndTest extends ApprovalsEndToEndTest {
    private TestPostgres postgres;

    @Override
    PlatformConfig base() {
        postgres = TestPostgres.freshSchema("approvals");
        return PlatformConfig.embedded().withDatabase(postgres.config());
    }

    /** The platform stops first, then its schema is dropped. */
    @AfterEach
    @Override
    void stop() {
        super.stop();
        try {
            postgres.close();
        } catch (Exception e) {
            throw new IllegalStateException("could not drop the test schema", e);
        }
    }
}
