package dev.stickerplatform.bootstrap.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.adapters.persistence.postgres.PostgresConfig;
import dev.stickerplatform.adapters.persistence.postgres.PostgresExtension;
import dev.stickerplatform.bootstrap.config.PlatformConfig;
import java.net.ServerSocket;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A start that fails late — here the HTTP port is taken, after the pool, the signers, the ledger and the worker
 * threads were opened — closes everything it opened: no database connection of the failed platform stays open.
 */
class PlatformStartFailureTest {
    @RegisterExtension
    final PostgresExtension postgres = new PostgresExtension(20);

    @Test
    void aTakenPortLeavesNoConnectionOpen() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            String name = "startfail_" + UUID.randomUUID().toString().substring(0, 8);
            PostgresConfig tagged = PostgresConfig.of(postgres.config().url()
                    + (postgres.config().url().contains("?") ? "&" : "?") + "ApplicationName=" + name,
                    postgres.config().user(), postgres.config().password()).withSchema(postgres.config().schema());
            PlatformConfig config = PlatformConfig.embedded().withPort(taken.getLocalPort()).withDatabase(tagged);

            assertThatThrownBy(() -> Platform.start(config)).isInstanceOf(RuntimeException.class);

            assertThat(connectionsNamed(name, postgres.config())).isZero();
        }
    }

    /** The server closes a backend shortly after its client hung up: wait for that, with a deadline. */
    private static int connectionsNamed(String name, PostgresConfig db) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        int open;
        do {
            try (var connection = DriverManager.getConnection(db.url(), db.user(), db.password());
                 var statement = connection.prepareStatement(
                         "SELECT count(*) FROM pg_stat_activity WHERE application_name = ?")) {
                statement.setString(1, name);
                try (var rows = statement.executeQuery()) {
                    rows.next();
                    open = rows.getInt(1);
                }
            }
            if (open > 0) {
                Thread.sleep(100);
            }
        } while (open > 0 && Instant.now().isBefore(deadline));
        return open;
    }
}
