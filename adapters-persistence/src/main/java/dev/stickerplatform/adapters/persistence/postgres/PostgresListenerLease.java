package dev.stickerplatform.adapters.persistence.postgres;

import dev.stickerplatform.domain.port.StoreUnavailableException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Leadership of the chain listener across processes: a session-level advisory lock
 * ({@code pg_try_advisory_lock(key)}) held on a connection of its own. The lock lives exactly as long as that
 * session, so when the leader's process or connection dies the database frees it and a standby's next
 * {@link #tryAcquire} wins.
 *
 * <p>Leadership only saves work: the listener's writes are idempotent (tips unique by txid, one job per tip), so
 * a deposed leader finishing a round cannot duplicate anything. Check {@link #isHeld} before each round anyway.
 * Advisory locks are per database, so the key should be derived from the schema ({@link #keyFor}).
 * Thread-safe.
 */
public final class PostgresListenerLease implements AutoCloseable {
    private static final int VALIDITY_TIMEOUT_SECONDS = 2;

    private final DataSource dataSource;
    private final long key;
    private Connection connection;

    /**
     * {@code dataSource} gives the connection the lock is held on; use an unpooled one
     * ({@link PostgresDatabase#dedicatedConnections()}): a pool would keep the session, and with it a lock that
     * could not be released, alive.
     */
    public PostgresListenerLease(DataSource dataSource, long key) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.key = key;
    }

    /** The lock key of the listener of the platform whose tables are in {@code schema}. */
    public static long keyFor(String schema) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("sticker-platform:listener:" + schema).getBytes(StandardCharsets.UTF_8));
            long key = 0;
            for (int i = 0; i < Long.BYTES; i++) {
                key = key << 8 | (digest[i] & 0xff);
            }
            return key;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /**
     * Takes the lease if nobody holds it; true when this instance holds it afterwards (also when it already
     * did). {@link StoreUnavailableException} when the database cannot be reached.
     */
    public synchronized boolean tryAcquire() {
        if (isHeld()) {
            return true;
        }
        Connection opened = null;
        try {
            opened = dataSource.getConnection();
            opened.setAutoCommit(true);
            try (PreparedStatement lock = opened.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
                lock.setLong(1, key);
                try (ResultSet rs = lock.executeQuery()) {
                    if (rs.next() && rs.getBoolean(1)) {
                        connection = opened;
                        return true;
                    }
                }
            }
            closeQuietly(opened);
            return false;
        } catch (SQLException e) {
            closeQuietly(opened);
            throw new StoreUnavailableException("cannot reach the database to take the listener lease", e);
        }
    }

    /** Whether this instance holds the lease: it took it and its connection is still alive. */
    public synchronized boolean isHeld() {
        if (connection == null) {
            return false;
        }
        try {
            if (connection.isValid(VALIDITY_TIMEOUT_SECONDS)) {
                return true;
            }
        } catch (SQLException e) {
            // treated as lost below
        }
        closeQuietly(connection);
        connection = null;
        return false;
    }

    /** Gives the lease up (no-op when not held); closing the session releases the lock for good. */
    public synchronized void release() {
        if (connection == null) {
            return;
        }
        try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            unlock.setLong(1, key);
            unlock.execute();
        } catch (SQLException e) {
            // the session is going away, which frees the lock as well
        } finally {
            closeQuietly(connection);
            connection = null;
        }
    }

    @Override
    public void close() {
        release();
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing left to release
        }
    }
}
