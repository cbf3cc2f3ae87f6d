package dev.stickerplatform.bootstrap.e2e;

import dev.stickerplatform.adapters.persistence.postgres.PostgresExtension;
import dev.stickerplatform.bootstrap.config.PlatformConfig;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The approval scenarios with every record in PostgreSQL (a fresh schema per test). */
class PostgresApprovalsEndToEndTest extends ApprovalsEndToEndTest {
    @RegisterExtension
    final PostgresExtension postgres = new PostgresExtension(20);

    @Override
    PlatformConfig base() {
        return PlatformConfig.embedded().withDatabase(postgres.config());
    }
}
