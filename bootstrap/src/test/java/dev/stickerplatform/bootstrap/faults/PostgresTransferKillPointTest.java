package dev.stickerplatform.bootstrap.faults;

import dev.stickerplatform.adapters.persistence.postgres.PostgresExtension;
import dev.stickerplatform.domain.port.Store;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The same transfer kill points with the records in the real PostgreSQL database. */
class PostgresTransferKillPointTest extends TransferKillPointTest {
    @RegisterExtension
    final PostgresExtension postgres = new PostgresExtension(20);

    @Override
    Store newStore() {
        return postgres.database().store();
    }
}
