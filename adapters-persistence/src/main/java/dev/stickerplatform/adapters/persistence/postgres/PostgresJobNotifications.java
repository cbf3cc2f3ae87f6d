package dev.stickerplatform.adapters.persistence.postgres;

import dev.stickerplatform.adapters.persistence.memory.WorkSignal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Wake-ups for the workers of {@link PostgresMintQueue}: one dedicated connection LISTENs on the channel the
 * {@code mint_jobs} trigger notifies when a job may have become claimable, and a daemon thread turns each
 * notification into a new generation of a counter that waiting workers watch (so a wake-up between a worker's
 * claim and its wait is never lost). One instance serves every queue of a process.
 *
 * <p>When the connection breaks the thread reconnects; meanwhile, and right after, waits are cut short so that
 * nothing committed in between is slept through.
 */
public final class PostgresJobNotifications implements AutoCloseable {
    /** How long a wait may last while notifications cannot be received. */
    static final Duration DEAF_WAIT = Duration.ofMillis(500);
    private static final int POLL_MILLIS = 500;
    private static final long RECONNECT_MILLIS = 1_000;
    private static final System.Logger LOG = System.getLogger(PostgresJobNotifications.class.getName());

    private final DataSource dataSource;
    private final ReentrantLock lock = new ReentrantLock();
    private final WorkSignal signal = new WorkSignal();
    private volatile Connection connection;
    private Thread thread;
    private volatile boolean listening;
    private volatile boolean closed;

    /** {@code dataSource} gives the one connection this holds for LISTEN (best an unpooled one). */
    public PostgresJobNotifications(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** Starts listening (once): LISTEN is in place when this returns, unless the database cannot be reached. */
    void start() {
        lock.lock();
        try {
            if (thread != null || closed) {
                return;
            }
            tryConnect();
            thread = new Thread(this::run, "mint-job-notifications");
            thread.setDaemon(true);
            thread.start();
        } finally {
            lock.unlock();
        }
    }

    long generation() {
        return signal.generation();
    }

    /** Waits until a notification newer than generation {@code seen} arrives, or {@code maxWait} passes. */
    void await(long seen, Duration maxWait) throws InterruptedException {
        signal.awaitChange(seen, listening ? maxWait : min(maxWait, DEAF_WAIT));
    }

    @Override
    public void close() {
        closed = true;
        Thread running;
        lock.lock();
        try {
            running = thread;
        } finally {
            lock.unlock();
        }
        if (running != null) {
            running.interrupt();
            try {
                running.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        disconnect();
    }

    private void run() {
        while (!closed) {
            try {
                if (connection == null && !tryConnect()) {
                    Thread.sleep(RECONNECT_MILLIS);
                    continue;
                }
                PGNotification[] notifications = connection.unwrap(PGConnection.class).getNotifications(POLL_MILLIS);
                if (notifications != null && notifications.length > 0) {
                    pulse();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (SQLException | RuntimeException e) {
                if (!closed) {
                    LOG.log(System.Logger.Level.WARNING, "lost the mint job notification connection: {0}",
                            e.toString());
                }
                disconnect();
            }
        }
    }

    /** Opens the connection and LISTENs; wakes every waiter, as anything may have happened while deaf. */
    private boolean tryConnect() {
        Connection opened = null;
        try {
            opened = dataSource.getConnection();
            opened.setAutoCommit(true);
            String channel = channel(opened);
            try (Statement listen = opened.createStatement()) {
                listen.execute("LISTEN \"" + channel.replace("\"", "\"\"") + "\"");
            }
            connection = opened;
            listening = true;
            pulse();
            return true;
        } catch (SQLException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot listen for mint job notifications: {0}", e.toString());
            closeQuietly(opened);
            return false;
        }
    }

    /** The trigger's channel: "mint_jobs." and the schema of the {@code mint_jobs} table this connection sees. */
    private static String channel(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT 'mint_jobs.' || left(n.nspname, 53)
                  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE c.oid = to_regclass('mint_jobs')
                """); ResultSet rs = query.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("no mint_jobs table on the search path; were the migrations run?");
            }
            return rs.getString(1);
        }
    }

    private void disconnect() {
        listening = false;
        Connection open = connection;
        connection = null;
        closeQuietly(open);
    }

    private void pulse() {
        signal.pulse();
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // already broken; nothing more to release
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
