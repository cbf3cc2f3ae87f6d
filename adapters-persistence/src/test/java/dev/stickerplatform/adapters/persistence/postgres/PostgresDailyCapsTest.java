package dev.stickerplatform.adapters.persistence.postgres;

import dev.stickerplatform.domain.port.DailyCaps;
import dev.stickerplatform.domain.port.DailyCapsContractTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The daily caps in PostgreSQL (a fresh schema for this class). */
class PostgresDailyCapsTest extends DailyCapsContractTest {
    private static PostgresTestDatabase db;

    @BeforeAll
    static void openDatabase() {
        db = PostgresTestDatabase.create();
    }

    @AfterAll
    static void dropDatabase() {
        if (db != null) {
            db.close();
        }
    }

    @Override
    protected DailyCaps newCaps() {
        db.execute("TRUNCATE daily_spend");
        return db.database().dailyCaps();
    }
}
