package dev.stickerplatform.adapters.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The pool reports connections in use, for the pool metrics. */
class PostgresPoolStatsTest {
    @RegisterExtension
    static final PostgresExtension db = new PostgresExtension();

    @Test
    void aBorrowedConnectionCountsAsActive() throws Exception {
        PostgresDatabase database = db.database();
        int before = database.poolStats().active();

        try (Connection borrowed = database.pool().getConnection()) {
            assertThat(database.poolStats().active()).isEqualTo(before + 1);
        }

        assertThat(database.poolStats().active()).isEqualTo(before);
        assertThat(database.poolStats().waiting()).isZero();
    }
}
