package dev.stickerplatform.adapters.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.domain.port.Race;
import dev.stickerplatform.domain.port.TestData;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The migrated schema itself: types that cannot overflow or lose the zone, and migrations that are repeatable. */
class PostgresSchemaTest {
    @RegisterExtension
    static final PostgresExtension db = new PostgresExtension();

    @Test
    void idsRoundsAndAmountsAreBigints() throws SQLException {
        List<String> narrow = columns("""
                SELECT table_name || '.' || column_name FROM information_schema.columns
                 WHERE table_schema = ? AND table_name <> 'flyway_schema_history'
                   AND (column_name LIKE '%\\_id' OR column_name IN ('amount', 'round', 'min_tip', 'threshold',
                        'last_round', 'pending_last_valid', 'id'))
                   AND data_type NOT IN ('bigint', 'uuid', 'character varying', 'text', 'smallint')
                """);

        assertThat(narrow).isEmpty();
    }

    @Test
    void everyInstantHasATimeZone() throws SQLException {
        List<String> zoneless = columns("""
                SELECT table_name || '.' || column_name FROM information_schema.columns
                 WHERE table_schema = ? AND table_name <> 'flyway_schema_history'
                   AND data_type LIKE 'timestamp%' AND data_type <> 'timestamp with time zone'
                """);
        List<String> instants = columns("""
                SELECT column_name FROM information_schema.columns
                 WHERE table_schema = ? AND data_type = 'timestamp with time zone'
                """);

        assertThat(zoneless).isEmpty();
        assertThat(instants).contains("detected_at", "minted_at", "not_before", "lease_until", "expires_at");
    }

    @Test
    void migratingAgainChangesNothing() {
        PostgresDatabase.migrate(db.config(), db.database().pool());

        assertThat(db.emptyStore().listenerCursor().lastProcessed()).isEmpty();
    }

    @Test
    void aSchemaWithTheLongestNameStillNotifiesWorkers() throws Exception {
        String longest = (db.config().schema() + "_long_" + "s".repeat(63)).substring(0, 63);
        PostgresConfig config = db.config().withSchema(longest);
        try (PostgresDatabase longNamed = PostgresDatabase.open(config)) {
            PostgresMintQueue queue = longNamed.mintQueue(Clock.systemUTC());
            CountDownLatch claimed = new CountDownLatch(1);
            CompletableFuture<Boolean> waiting = Race.inBackground(() -> {
                boolean nothing = queue.claim("worker", Duration.ofMinutes(1)).isEmpty();
                claimed.countDown();
                try {
                    queue.awaitWork(Duration.ofMinutes(1));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return nothing;
            });
            assertThat(claimed.await(10, TimeUnit.SECONDS)).isTrue();

            longNamed.store().mintJobs().insertIfAbsent(TestData.aJob()
                    .notBefore(Instant.now().plus(Duration.ofHours(1))).build());

            assertThat(waiting.get(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            db.execute("DROP SCHEMA IF EXISTS " + config.schema() + " CASCADE");
        }
    }

    private static List<String> columns(String sql) throws SQLException {
        try (Connection connection = db.newDataSource().getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, db.config().schema());
            try (ResultSet rs = query.executeQuery()) {
                List<String> values = new ArrayList<>();
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
                return values;
            }
        }
    }
}
