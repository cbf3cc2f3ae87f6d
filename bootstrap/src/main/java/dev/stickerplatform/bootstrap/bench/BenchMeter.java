package dev.stickerplatform.bootstrap.bench;

import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.ChainWrite;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.ForwardingChain;
import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.TxnRequest;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * What one pipeline benchmark run costs, per delivered tip: CPU of the platform's threads and of the harness's
 * (the bench's main thread, which signs and sends the simulated fans' transactions, and the simulated ledger: its
 * block thread and the time spent inside ledger calls on the platform's threads, mostly signature checks),
 * CPU of the PostgreSQL backends serving the run, the platform's database statements and its algod requests.
 * Platform threads must be platform (not virtual) threads for their CPU time to be read.
 */
final class BenchMeter {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Linux reports process CPU in clock ticks of 10 ms. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    /** The harness thread that plays the fans' wallets (opt-ins). */
    static final String FANS_THREAD = "bench-fans";
    final LongAdder statements = new LongAdder();
    final LongAdder posts = new LongAdder();
    final LongAdder reads = new LongAdder();
    final LongAdder ledgerNanos = new LongAdder();
    private final Supplier<List<Long>> databasePids;
    private Map<Long, Long> threadStart = Map.of();
    private Map<Long, Long> databaseStart = Map.of();
    private long statementsStart;
    private long postsStart;
    private long readsStart;
    private long ledgerStart;

    BenchMeter(Supplier<List<Long>> databasePids) {
        this.databasePids = databasePids;
    }

    /** Counts a statement unless a harness thread ran it (progress polling, the fans' opt-in paging). */
    void statement() {
        if (!isHarness(Thread.currentThread().getName())) {
            statements.increment();
        }
    }

    /** The platform's view of the chain: counts its algod requests and the CPU the simulated ledger spends. */
    Chain counting(Chain chain) {
        return new CountingChain(chain);
    }

    void start() {
        threadStart = threadCpu();
        databaseStart = databaseCpu();
        statementsStart = statements.sum();
        postsStart = posts.sum();
        readsStart = reads.sum();
        ledgerStart = ledgerNanos.sum();
    }

    record Figures(double platformCpuMs, double harnessCpuMs, double databaseCpuMs, double statements,
                   double posts, double reads) {
    }

    /** Per delivered tip since {@link #start}; read while the run's threads are still alive. */
    Figures perTip(long tips) {
        long platform = 0;
        long harness = 0;
        Map<Long, Long> now = threadCpu();
        Map<Long, String> names = new HashMap<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            names.put(thread.threadId(), thread.getName());
        }
        for (var e : now.entrySet()) {
            long used = e.getValue() - threadStart.getOrDefault(e.getKey(), 0L);
            String name = names.getOrDefault(e.getKey(), "");
            if (isHarness(name) || name.startsWith("simulated-ledger")) {
                harness += used;
            } else {
                platform += used;
            }
        }
        long ledger = ledgerNanos.sum() - ledgerStart;
        platform -= ledger;
        harness += ledger;
        long database = 0;
        for (var e : databaseCpu().entrySet()) {
            database += e.getValue() - databaseStart.getOrDefault(e.getKey(), 0L);
        }
        double n = Math.max(1, tips);
        return new Figures(platform / 1e6 / n, harness / 1e6 / n, database / 1e6 / n,
                (statements.sum() - statementsStart) / n, (posts.sum() - postsStart) / n,
                (reads.sum() - readsStart) / n);
    }

    private static boolean isHarness(String threadName) {
        return threadName.equals("main") || threadName.equals(FANS_THREAD);
    }

    private static Map<Long, Long> threadCpu() {
        Map<Long, Long> cpu = new HashMap<>();
        for (long id : THREADS.getAllThreadIds()) {
            long nanos = THREADS.getThreadCpuTime(id);
            if (nanos >= 0) {
                cpu.put(id, nanos);
            }
        }
        return cpu;
    }

    private Map<Long, Long> databaseCpu() {
        Map<Long, Long> cpu = new HashMap<>();
        for (long pid : databasePids.get()) {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                // after the command: state is field 3, utime 14 and stime 15 (1-based over the whole line)
                cpu.put(pid, (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * NANOS_PER_TICK);
            } catch (IOException | RuntimeException e) {
                // not on Linux, or the backend is gone: its CPU is not counted
            }
        }
        return cpu;
    }

    private static long cpuNow() {
        long nanos = THREADS.getCurrentThreadCpuTime();
        return Math.max(0, nanos);
    }

    private final class CountingChain extends ForwardingChain {
        CountingChain(Chain delegate) {
            super(delegate);
        }

        private <T> T ledger(Supplier<T> call) {
            long before = cpuNow();
            try {
                return call.get();
            } finally {
                ledgerNanos.add(cpuNow() - before);
            }
        }

        @Override
        public TxParams suggestedParams() {
            reads.increment();
            return ledger(super::suggestedParams);
        }

        @Override
        public Round currentRound() {
            reads.increment();
            return ledger(super::currentRound);
        }

        @Override
        public Round awaitRoundAfter(Round round, Duration timeout) {
            reads.increment();
            return super.awaitRoundAfter(round, timeout);
        }

        /** On algod every signature starts with a GET of the suggested parameters. */
        @Override
        public ChainWrite sign(TxnRequest request, Signer signer) {
            reads.increment();
            return super.sign(request, signer);
        }

        @Override
        public void submit(ChainWrite write) {
            posts.increment();
            ledger(() -> {
                super.submit(write);
                return null;
            });
        }

        @Override
        public List<TxId> submitSigned(List<byte[]> signedGroup) {
            posts.increment();
            return ledger(() -> super.submitSigned(signedGroup));
        }

        @Override
        public TxStatus status(TxId txId, Round lastValid) {
            reads.increment();
            return ledger(() -> super.status(txId, lastValid));
        }

        @Override
        public AccountInfo account(Address address) {
            reads.increment();
            return ledger(() -> super.account(address));
        }

        @Override
        public Optional<Map<String, StateValue>> appGlobalState(AppId app) {
            reads.increment();
            return ledger(() -> super.appGlobalState(app));
        }

        @Override
        public Optional<AssetInfo> asset(AssetId asset) {
            reads.increment();
            return ledger(() -> super.asset(asset));
        }

        @Override
        public Optional<BlockEvents> block(Round round) {
            reads.increment();
            return ledger(() -> super.block(round));
        }

        @Override
        public Optional<ConfirmedPayment> payment(TxId txId) {
            reads.increment();
            return ledger(() -> super.payment(txId));
        }
    }
}
