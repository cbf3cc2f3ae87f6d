package dev.stickerplatform.bootstrap.faults;

import dev.stickerplatform.adapters.persistence.postgres.PostgresExtension;
import dev.stickerplatform.domain.port.Store;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The same expiry, kill points included, with the records in the real PostgreSQL database (migration V8). */
class PostgresStickerExpiryTest extends StickerExpiryTest {
    @RegisterExtension
    final PostgresExtension postgres = new PostgresExtension(20);

    @Override
    Store newStore() {
        return postgres.database().store();
    }
}
