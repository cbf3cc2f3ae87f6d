package dev.stickerplatform.adapters.persistence.postgres;

import dev.stickerplatform.domain.port.StickerOriginsContractTest;
import dev.stickerplatform.domain.port.Store;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The grants and transfers contract on the real PostgreSQL, in a fresh schema. */
class PostgresStickerOriginsTest extends StickerOriginsContractTest {
    @RegisterExtension
    static final PostgresExtension db = new PostgresExtension();

    @Override
    protected Store newStore() {
        return db.emptyStore();
    }
}
