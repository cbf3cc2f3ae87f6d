package dev.stickerplatform.adapters.persistence.postgres;

import dev.stickerplatform.domain.port.DailyCaps;
import dev.stickerplatform.domain.port.DailyCapsContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The daily caps in PostgreSQL (a fresh schema for this class). */
class PostgresDailyCapsTest extends DailyCapsContractTest {
    @RegisterExtension
    static final PostgresExtension db = new PostgresExtension();

    @Override
    protected DailyCaps newCaps() {
        db.execute("TRUNCATE daily_spend");
        return db.database().dailyCaps();
    }
}
