package dev.stickerplatform.adapters.persistence.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.stickerplatform.domain.port.StoreUnavailableException;
import java.time.Clock;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The platform's PostgreSQL database, opened from a {@link PostgresConfig}: a HikariCP pool whose connections
 * work in the configured schema, migrated by Flyway ({@code db/migration}; the schema is created when missing)
 * before anything uses it. Hands out the adapters over it; closing it stops the notification listener and the
 * pool.
 */
public final class PostgresDatabase implements AutoCloseable {
    private final PostgresConfig config;
    private final HikariDataSource pool;
    private final PGSimpleDataSource dedicated;
    private final PostgresStore store;
    private final PostgresJobNotifications notifications;

    private PostgresDatabase(PostgresConfig config, HikariDataSource pool, PGSimpleDataSource dedicated) {
        this.config = config;
        this.pool = pool;
        this.dedicated = dedicated;
        this.store = new PostgresStore(pool);
        this.notifications = new PostgresJobNotifications(dedicated);
    }

    /**
     * Builds the pool and runs the migrations. {@link StoreUnavailableException} when the database cannot be
     * reached or the migrations fail.
     */
    public static PostgresDatabase open(PostgresConfig config) {
        Objects.requireNonNull(config, "config");
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(poolConfig(config));
        } catch (RuntimeException e) {
            throw new StoreUnavailableException("cannot connect to the database", e);
        }
        try {
            migrate(config, pool);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new PostgresDatabase(config, pool, dedicatedSource(config));
    }

    /** Brings the configured schema to the latest migration; idempotent. */
    static void migrate(PostgresConfig config, DataSource dataSource) {
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .schemas(config.schema())
                    .defaultSchema(config.schema())
                    .createSchemas(true)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreUnavailableException("the database migrations failed", e);
        }
    }

    public PostgresConfig config() {
        return config;
    }

    /** Pooled connections in use and idle, and threads waiting for one (for metrics). */
    public record PoolStats(int active, int idle, int waiting) {
    }

    public PoolStats poolStats() {
        var bean = pool.getHikariPoolMXBean();
        return bean == null ? new PoolStats(0, 0, 0)
                : new PoolStats(bean.getActiveConnections(), bean.getIdleConnections(),
                        bean.getThreadsAwaitingConnection());
    }

    /** Whether anything was written since a view was computed, for every process sharing the database. */
    public dev.stickerplatform.domain.port.ViewVersions viewVersions() {
        return new PostgresViewVersions(pool);
    }

    /** The pool, for adapters that run on it. */
    public DataSource pool() {
        return pool;
    }

    /**
     * Unpooled connections in the configured schema, for sessions that must be of their own: LISTEN, and the
     * advisory lock of the listener lease.
     */
    public DataSource dedicatedConnections() {
        return dedicated;
    }

    public PostgresStore store() {
        return store;
    }

    /** A queue over this database's jobs; all queues share one notification listener. */
    public PostgresMintQueue mintQueue(Clock clock) {
        return new PostgresMintQueue(store, notifications, clock);
    }

    PostgresJobNotifications notifications() {
        return notifications;
    }

    public PostgresChallengeStore challengeStore(Clock clock) {
        return new PostgresChallengeStore(pool, clock);
    }

    /** Signed-in sessions (refresh tokens), shared by every process on this database. */
    public PostgresSessionStore sessionStore() {
        return new PostgresSessionStore(pool);
    }

    /** The hash-chained record of every signature request, shared by every process on this database. */
    public PostgresAuditTrail auditTrail() {
        return new PostgresAuditTrail(pool);
    }

    /** Content (images, metadata) in this database, deduplicated by CID and reference-counted per owner. */
    public PostgresContentStore contentStore(String gatewayBase, long maxBytesPerOwner) {
        return new PostgresContentStore(pool, gatewayBase, maxBytesPerOwner);
    }

    /** What the platform spent per kind and day, counted against the daily caps by every process. */
    public PostgresDailyCaps dailyCaps() {
        return new PostgresDailyCaps(pool);
    }

    /** A lease on listener leadership, keyed by this database's schema. */
    public PostgresListenerLease listenerLease() {
        return new PostgresListenerLease(dedicated, PostgresListenerLease.keyFor(config.schema()));
    }

    @Override
    public void close() {
        notifications.close();
        pool.close();
    }

    /**
     * The same records over one connection of its own (a pool of one), for a benchmark's harness whose queries
     * must not count as the platform's; {@code backendPid} is that connection's server process.
     */
    public record OwnConnection(PostgresStore store, long backendPid, AutoCloseable resources)
            implements AutoCloseable {
        @Override
        public void close() throws Exception {
            resources.close();
        }
    }

    public OwnConnection ownConnection() {
        HikariConfig hikari = poolConfig(config.withPoolSize(1));
        hikari.setPoolName("sticker-platform-own");
        HikariDataSource own = new HikariDataSource(hikari);
        try (var connection = own.getConnection(); var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT pg_backend_pid()")) {
            rows.next();
            return new OwnConnection(new PostgresStore(own), rows.getLong(1), own::close);
        } catch (java.sql.SQLException e) {
            own.close();
            throw new StoreUnavailableException("cannot open a connection", e);
        }
    }

    private static HikariConfig poolConfig(PostgresConfig config) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("sticker-platform");
        hikari.setJdbcUrl(config.url());
        hikari.setUsername(config.user());
        hikari.setPassword(config.password());
        hikari.setMaximumPoolSize(config.poolSize());
        hikari.addDataSourceProperty("currentSchema", config.schema());
        hikari.setConnectionTimeout(5_000);
        return hikari;
    }

    private static PGSimpleDataSource dedicatedSource(PostgresConfig config) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(config.url());
        if (config.user() != null) {
            source.setUser(config.user());
        }
        if (config.password() != null) {
            source.setPassword(config.password());
        }
        source.setCurrentSchema(config.schema());
        source.setTcpKeepAlive(true);
        return source;
    }
}
