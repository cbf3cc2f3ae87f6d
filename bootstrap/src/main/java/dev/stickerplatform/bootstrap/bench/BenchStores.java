package dev.stickerplatform.bootstrap.bench;

import dev.stickerplatform.adapters.algorand.simulated.SimulatedLedger;
import dev.stickerplatform.adapters.persistence.memory.InMemoryMintQueue;
import dev.stickerplatform.adapters.persistence.memory.InMemoryStore;
import dev.stickerplatform.adapters.persistence.postgres.PostgresConfig;
import dev.stickerplatform.adapters.persistence.postgres.PostgresDatabase;
import dev.stickerplatform.bootstrap.config.ConfigException;
import dev.stickerplatform.bootstrap.config.DatabaseSettings;
import dev.stickerplatform.bootstrap.config.Env;
import dev.stickerplatform.domain.model.JobStage;
import dev.stickerplatform.domain.model.MintJob;
import dev.stickerplatform.domain.port.MintQueue;
import dev.stickerplatform.domain.port.PageRequest;
import dev.stickerplatform.domain.port.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Where a benchmark keeps its records, and how its latencies are read back afterwards. */
final class BenchStores {
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private BenchStores() {
    }

    /** An open store and its queue; {@code close} drops what the run created. */
    /**
     * @param harnessStore the same records over a connection of the harness's own (progress, the fans' opt-ins,
     *                     latencies), so its queries are not counted as the platform's
     */
    record Opened(String description, Store store, MintQueue queue, BenchMeter meter, Store harnessStore,
                  AutoCloseable resources)
            implements AutoCloseable {
        @Override
        public void close() throws Exception {
            resources.close();
        }
    }

    static Opened open(String kind) {
        return switch (kind) {
            case "memory" -> memory();
            case "postgres" -> postgres();
            default -> throw new ConfigException("--store must be postgres or memory");
        };
    }

    /**
     * PostgreSQL from {@code DATABASE_URL} (default: the local server's {@code test} database as {@code postgres}),
     * in a fresh schema that is dropped after the run.
     */
    static Opened postgres() {
        Env env = Env.system();
        PostgresConfig base = DatabaseSettings.fromEnv(env);
        if (base == null) {
            base = PostgresConfig.of("jdbc:postgresql://127.0.0.1:5432/test", env.string("PGUSER", "postgres"), null);
        }
        PostgresConfig config = base.withSchema("bench_" + System.currentTimeMillis()).withPoolSize(20);
        PostgresDatabase db = PostgresDatabase.open(config);
        PostgresDatabase.OwnConnection harness = db.ownConnection();
        List<Long> harnessPids = List.of(harness.backendPid());
        Clock clock = Clock.systemUTC();
        BenchMeter meter = new BenchMeter(() -> {
            List<Long> pids = new ArrayList<>(backendPids(db));
            pids.removeAll(harnessPids);
            return pids;
        });
        db.store().onStatement(meter::statement);
        return new Opened("postgres " + config.url() + " schema " + config.schema(), db.store(), db.mintQueue(clock),
                meter, harness.store(),
                () -> {
                    harness.close();
                    try (var connection = db.pool().getConnection(); var statement = connection.createStatement()) {
                        statement.execute("DROP SCHEMA " + config.schema() + " CASCADE");
                    } finally {
                        db.close();
                    }
                });
    }

    static Opened memory() {
        InMemoryStore store = new InMemoryStore();
        return new Opened("in-memory", store, new InMemoryMintQueue(store, Clock.systemUTC()),
                new BenchMeter(List::of), store, () -> { });
    }

    /** The server processes of the run's database connections (all in the run's database), for their CPU time. */
    private static List<Long> backendPids(PostgresDatabase db) {
        List<Long> pids = new ArrayList<>();
        try (var connection = db.pool().getConnection(); var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
                     + " AND backend_type = 'client backend'")) {
            while (rows.next()) {
                pids.add(rows.getLong(1));
            }
        } catch (java.sql.SQLException e) {
            // no figures rather than no benchmark
        }
        return pids;
    }

    /** Confirmed → delivered time of every delivered sticker, sorted. */
    static List<Duration> latencies(Store store, SimulatedLedger ledger) {
        List<Duration> latencies = new ArrayList<>();
        for (int offset = 0; ; offset += PageRequest.MAX_LIMIT) {
            List<MintJob> page = store.mintJobs().list(JobStage.DELIVERED, false,
                    new PageRequest(PageRequest.MAX_LIMIT, offset));
            for (MintJob job : page) {
                var tip = store.tips().find(job.tipTxId()).orElseThrow();
                var sticker = store.stickers().findByTip(job.tipTxId()).orElseThrow();
                Instant confirmed = ledger.block(tip.round()).orElseThrow().timestamp();
                latencies.add(Duration.between(confirmed, sticker.deliveredAt()));
            }
            if (page.size() < PageRequest.MAX_LIMIT) {
                break;
            }
        }
        latencies.sort(null);
        return latencies;
    }
}
