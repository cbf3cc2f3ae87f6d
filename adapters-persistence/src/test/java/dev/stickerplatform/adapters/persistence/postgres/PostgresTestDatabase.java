package dev.stickerplatform.adapters.persistence.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The real PostgreSQL server the Postgres tests run against ({@code PGHOST}, {@code PGPORT}, {@code PGDATABASE},
 * {@code PGUSER}, {@code PGPASSWORD}; defaults 127.0.0.1:5432, database {@code test}, user {@code postgres}), in
 * a fresh schema {@code sticker_test_<random>} that is migrated on creation and dropped by {@link #close}, so
 * runs never see each other's rows. When the server cannot be reached every test that needs it is skipped with
 * the reason (reported as skipped, and said once on stderr), except with {@code CI=true}, where the class fails:
 * CI must never pass by skipping.
 */
final class PostgresTestDatabase implements AutoCloseable {
    static final int POOL_SIZE = 10;

    private final PostgresConfig config;
    private final PostgresDatabase database;
    /** Why there is no database, or null. */
    private final String unavailable;

    private PostgresTestDatabase(PostgresConfig config, PostgresDatabase database, String unavailable) {
        this.config = config;
        this.database = database;
        this.unavailable = unavailable;
    }

    /** Call from {@code @BeforeAll} (or use {@link PostgresExtension}); in CI, fails when no server answers. */
    static PostgresTestDatabase create() {
        return create(POOL_SIZE);
    }

    /** As {@link #create()} with {@code poolSize} connections in the configuration's pool. */
    static PostgresTestDatabase create(int poolSize) {
        PostgresConfig config = new PostgresConfig(url(), env("PGUSER", "postgres"), System.getenv("PGPASSWORD"),
                poolSize, "sticker_test_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()));
        String unreachable = unreachable(config);
        if (unreachable != null) {
            String message = "PostgreSQL is not reachable at " + config.url() + " as " + config.user() + ": "
                    + unreachable + " (set PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(message + "; CI=true, so the Postgres tests fail instead of skipping");
            }
            message += "; skipping the Postgres tests (with CI=true they fail)";
            System.err.println("WARNING: " + message);
            return new PostgresTestDatabase(config, null, message);
        }
        return new PostgresTestDatabase(config, PostgresDatabase.open(config), null);
    }

    PostgresConfig config() {
        assumeAvailable();
        return config;
    }

    PostgresDatabase database() {
        assumeAvailable();
        return database;
    }

    /** A store over empty tables (identities restarted). */
    PostgresStore emptyStore() {
        truncate();
        return database.store();
    }

    void truncate() {
        assumeAvailable();
        execute("""
                TRUNCATE creators, tip_jars, sticker_templates, tips, stickers, mint_jobs, listener_cursor, approvals,
                         auth_challenges, content_refs, content_blobs, skipped_transactions, grants,
                         sticker_transfers, onramp_orders, onramp_events, deployment_payments RESTART IDENTITY
                """);
    }

    /** Another, unpooled DataSource in the test schema (e.g. one per simulated process). */
    DataSource newDataSource() {
        assumeAvailable();
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(config.url());
        source.setUser(config.user());
        if (config.password() != null) {
            source.setPassword(config.password());
        }
        source.setCurrentSchema(config.schema());
        return source;
    }

    /** Runs SQL on a connection of its own, in the test schema. */
    void execute(String sql) {
        try (Connection connection = newDataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (database == null) {
            return;
        }
        database.close();
        execute("DROP SCHEMA " + config.schema() + " CASCADE");
    }

    private void assumeAvailable() {
        if (unavailable != null) {
            Assumptions.abort(unavailable);
        }
    }

    /**
     * Test sessions commit without waiting for the WAL flush ({@code synchronous_commit=off}): what a commit makes
     * visible, locks and checks is unchanged, only durability across a server crash (which no test exercises)
     * is given up, and the commit-heavy tests run several times faster on a busy disk.
     */
    private static String url() {
        return "jdbc:postgresql://" + env("PGHOST", "127.0.0.1") + ":" + env("PGPORT", "5432") + "/"
                + env("PGDATABASE", "test") + "?options=-c%20synchronous_commit%3Doff";
    }

    private static String unreachable(PostgresConfig config) {
        Properties properties = new Properties();
        if (config.user() != null) {
            properties.setProperty("user", config.user());
        }
        if (config.password() != null) {
            properties.setProperty("password", config.password());
        }
        properties.setProperty("connectTimeout", "5");
        try (Connection ignored = DriverManager.getConnection(config.url(), properties)) {
            return null;
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
