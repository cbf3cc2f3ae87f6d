package dev.stickerplatform.bootstrap.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.stickerplatform.adapters.persistence.postgres.PostgresConfig;
import dev.stickerplatform.adapters.persistence.postgres.PostgresDatabase;
import java.sql.DriverManager;
import java.util.UUID;

/**
 * The real PostgreSQL server for tests ({@code PGHOST}, {@code PGPORT}, {@code PGDATABASE}, {@code PGUSER},
 * {@code PGPASSWORD}; defaults 127.0.0.1:5432, {@code test}, {@code postgres}), in a fresh schema per use that
 * is dropped on close. Unreachable: a failure when {@code CI=true}, a skip with the reason otherwise.
 */
public final class TestPostgres implements AutoCloseable {
    private final PostgresDatabase database;
    private final PostgresConfig config;

    private TestPostgres(PostgresConfig config) {
        this.config = config;
        this.database = PostgresDatabase.open(config);
    }

    public static TestPostgres freshSchema(String prefix) {
        String url = "jdbc:postgresql://" + env("PGHOST", "127.0.0.1") + ":" + env("PGPORT", "5432") + "/"
                + env("PGDATABASE", "test");
        String user = env("PGUSER", "postgres");
        String password = System.getenv("PGPASSWORD");
        try (var connection = DriverManager.getConnection(url, user, password)) {
            connection.isValid(2);
        } catch (Exception e) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("PostgreSQL is required in CI but unreachable at " + url, e);
            }
            assumeTrue(false, "PostgreSQL unreachable at " + url + " (" + e.getMessage() + "): test skipped");
        }
        String schema = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return new TestPostgres(PostgresConfig.of(url, user, password).withSchema(schema).withPoolSize(20));
    }

    public PostgresDatabase database() {
        return database;
    }

    public PostgresConfig config() {
        return config;
    }

    @Override
    public void close() throws Exception {
        try (var connection = database.pool().getConnection(); var statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + config.schema() + " CASCADE");
        } finally {
            database.close();
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
