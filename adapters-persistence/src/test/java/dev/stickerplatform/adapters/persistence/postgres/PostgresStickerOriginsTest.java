package dev.stickerplatform.adapters.persistence.postgres;

import dev.stickerplatform.domain.port.StickerOriginsContractTest;
import dev.stickerplatform.domain.port.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The grants and transfers contract on the real PostgreSQL, in a fresh schema. */
class PostgresStickerOriginsTest extends StickerOriginsContractTest {
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
    protected Store newStore() {
        return db.emptyStore();
    }
}
