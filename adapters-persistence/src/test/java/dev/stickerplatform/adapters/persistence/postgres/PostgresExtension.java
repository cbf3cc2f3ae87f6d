package dev.stickerplatform.adapters.persistence.postgres;

import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The PostgreSQL life cycle of a test class, as a JUnit 5 extension: a fresh, migrated schema on the real server
 * ({@link PostgresTestDatabase}), dropped and its pool closed afterwards. Registered on a static field
 * ({@code @RegisterExtension static final PostgresExtension db = new PostgresExtension();}) the schema is
 * created before the class's first test and lives until its last; on an instance field every test that touches
 * it gets its own schema, created on first use (tests of the class that never touch it need no server) and
 * dropped after the test. An unreachable server fails with
 * {@code CI=true} and never skips there; elsewhere the tests that need it are skipped with the reason.
 */
public final class PostgresExtension implements BeforeAllCallback, AfterAllCallback, AfterEachCallback {
    private final int poolSize;
    private boolean classScoped;
    private PostgresTestDatabase current;

    /** Pools of {@value PostgresTestDatabase#POOL_SIZE} connections. */
    public PostgresExtension() {
        this(PostgresTestDatabase.POOL_SIZE);
    }

    /** Pools of {@code poolSize} connections (the schema's configuration says so, e.g. to a platform under test). */
    public PostgresExtension(int poolSize) {
        this.poolSize = poolSize;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        classScoped = true;
        open();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!classScoped) {
            close();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    /** The schema's configuration (URL, user, schema, pool size), e.g. for a platform under test. */
    public PostgresConfig config() {
        return open().config();
    }

    /** The database (pool, migrated schema) of the schema. */
    public PostgresDatabase database() {
        return open().database();
    }

    /** A store over empty tables (identities restarted). */
    public PostgresStore emptyStore() {
        return open().emptyStore();
    }

    /** Empties every table (identities restarted). */
    public void truncate() {
        open().truncate();
    }

    /** Another, unpooled DataSource in the schema (e.g. one per simulated process). */
    public DataSource newDataSource() {
        return open().newDataSource();
    }

    /** Runs SQL on a connection of its own, in the schema. */
    public void execute(String sql) {
        open().execute(sql);
    }

    private synchronized PostgresTestDatabase open() {
        if (current == null) {
            current = PostgresTestDatabase.create(poolSize);
        }
        return current;
    }

    private synchronized void close() {
        if (current != null) {
            try {
                current.close();
            } finally {
                current = null;
            }
        }
    }
}
