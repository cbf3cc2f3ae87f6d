package dev.stickerplatform.adapters.http.metrics;

import dev.stickerplatform.application.listener.ListenerStatus;
import dev.stickerplatform.application.metrics.AuthMetrics;
import dev.stickerplatform.application.metrics.ChainMetrics;
import dev.stickerplatform.application.metrics.PipelineMetrics;
import dev.stickerplatform.domain.model.ApprovalState;
import dev.stickerplatform.domain.model.JobStage;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The platform's metrics in one Prometheus registry: what the use cases report (tips, mints, deliveries, chain
 * submit errors, auth failures), what the rate-limit guard reports, gauges read at scrape time (listener lag and
 * heartbeat, jobs by stage, connection pools), JVM metrics, and — through javalin-micrometer — HTTP timings.
 * Label values are always from small fixed sets (policy names, stages, reasons), never wallets or paths.
 */
public final class PrometheusMetrics implements PipelineMetrics, ChainMetrics, AuthMetrics, RateLimitMetrics,
        AutoCloseable {
    /** The content type of {@link #scrape()}. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    private static final Duration[] LATENCY_BUCKETS = {Duration.ofSeconds(5), Duration.ofSeconds(10),
            Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(5),
            Duration.ofMinutes(15)};

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final Counter tips;
    private final Counter skipped;
    private final Timer mintLatency;
    private final Timer deliveryLatency;

    public PrometheusMetrics() {
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        tips = Counter.builder("sticker.tips.detected").description("Tips the listener recorded").register(registry);
        skipped = Counter.builder("listener.skipped.transactions")
                .description("Transactions the listener could not interpret and passed over").register(registry);
        mintLatency = latency("sticker.mint.latency", "From a recorded tip to its sticker's confirmed asset");
        deliveryLatency = latency("sticker.delivery.latency", "From a recorded tip to its sticker in the fan's wallet");
        for (String source : new String[] {"platform", "wallet"}) {
            for (String reason : new String[] {"rejected", "unavailable", "other"}) {
                submitErrors(source, reason);
            }
        }
    }

    private Timer latency(String name, String description) {
        return Timer.builder(name).description(description).serviceLevelObjectives(LATENCY_BUCKETS)
                .register(registry);
    }

    /** The registry, for HTTP timings and for any adapter that binds meters of its own. */
    public MeterRegistry registry() {
        return registry;
    }

    /** Everything in the Prometheus text format. */
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void tipsDetected(int count) {
        tips.increment(count);
    }

    @Override
    public void transactionsSkipped(int count) {
        skipped.increment(count);
    }

    @Override
    public void minted(Duration sinceTip) {
        mintLatency.record(sinceTip);
    }

    @Override
    public void delivered(Duration sinceTip) {
        deliveryLatency.record(sinceTip);
    }

    @Override
    public void submitFailed(String source, String reason) {
        submitErrors(source, reason).increment();
    }

    /** Registered up front for every known source and reason, so alerts see zeros rather than nothing. */
    private Counter submitErrors(String source, String reason) {
        return Counter.builder("chain.submit.errors").description("Submissions the chain refused or could not take")
                .tag("source", source).tag("reason", reason).register(registry);
    }

    @Override
    public void failure(String reason) {
        Counter.builder("auth.failures").description("Failed sign-ins and refused tokens").tag("reason", reason)
                .register(registry).increment();
    }

    @Override
    public void rejected(String policy) {
        rateLimitCounter("ratelimit.rejections", "Requests refused with 429", policy);
    }

    @Override
    public void fellBack(String policy) {
        rateLimitCounter("ratelimit.fallbacks", "Requests counted locally because the shared limiter was down",
                policy);
    }

    @Override
    public void unavailable(String policy) {
        rateLimitCounter("ratelimit.unavailable", "Requests met with the shared limiter down and no fallback",
                policy);
    }

    private void rateLimitCounter(String name, String description, String policy) {
        Counter.builder(name).description(description).tag("policy", policy).register(registry).increment();
    }

    /** Listener gauges read from {@code status} at scrape time. */
    public void bindListener(Supplier<ListenerStatus> status, Clock clock) {
        Gauge.builder("listener.lag.rounds", () -> status.get().lagRounds())
                .description("Rounds the listener is behind the chain").register(registry);
        Gauge.builder("listener.heartbeat.age", () -> heartbeatAge(status.get(), clock)).baseUnit("seconds")
                .description("Time since the listener's last heartbeat").register(registry);
        Gauge.builder("listener.last.round", () -> status.get().lastRound())
                .description("The last round the listener recorded").register(registry);
        Gauge.builder("listener.running", () -> status.get().running() ? 1 : 0)
                .description("1 while the listener loop runs").register(registry);
        Gauge.builder("listener.leader", () -> status.get().leader() ? 1 : 0)
                .description("1 while this process leads the listening").register(registry);
        Gauge.builder("listener.stalled.rounds", () -> status.get().stalledRounds())
                .description("Rounds the chain produced since the listener's cursor last moved, while behind")
                .register(registry);
        Gauge.builder("listener.stuck", () -> status.get().stuck() ? 1 : 0)
                .description("1 while the cursor has not moved for LISTENER_STUCK_AFTER_ROUNDS rounds of the chain")
                .register(registry);
        FunctionCounter.builder("listener.restarts", status, s -> s.get().restarts())
                .description("Times the watchdog restarted a hung or dead listener").register(registry);
        FunctionCounter.builder("listener.errors", status, s -> s.get().errors())
                .description("Failed listener cycles").register(registry);
    }

    private static double heartbeatAge(ListenerStatus status, Clock clock) {
        return status.heartbeatAt() == null ? Double.NaN
                : Math.max(0, Duration.between(status.heartbeatAt(), clock.instant()).toMillis() / 1000.0);
    }

    /**
     * Jobs by stage and dead jobs, read from the store at most every {@code maxAge} (one query per scrape, not
     * one per gauge); NaN while the store does not answer.
     */
    public void bindJobs(Supplier<Map<JobStage, Long>> byStage, LongSupplier dead, Duration maxAge, Clock clock) {
        var counts = new Snapshot<>(byStage, maxAge, clock);
        var deadCount = new Snapshot<>(dead::getAsLong, maxAge, clock);
        for (JobStage stage : JobStage.values()) {
            Gauge.builder("mint.jobs", () -> counts.read(map -> map.getOrDefault(stage, 0L)))
                    .description("Mint jobs by stage (dead jobs included)").tag("stage", stage.name().toLowerCase(Locale.ROOT))
                    .register(registry);
        }
        Gauge.builder("mint.jobs.dead", () -> deadCount.read(n -> n))
                .description("Mint jobs that ran out of attempts (dead letters)").register(registry);
    }

    /** Gauges {@code approvals{state}}: high-value operations by state (a PENDING one expires ~1,000 rounds in). */
    public void bindApprovals(Supplier<Map<ApprovalState, Long>> byState, Duration maxAge, Clock clock) {
        var counts = new Snapshot<>(byState, maxAge, clock);
        for (ApprovalState state : ApprovalState.values()) {
            Gauge.builder("approvals", () -> counts.read(map -> map.getOrDefault(state, 0L)))
                    .description("High-value operations by approval state")
                    .tag("state", state.name().toLowerCase(Locale.ROOT)).register(registry);
        }
    }

    /** Gauges of a connection pool: {@code pool.connections{pool=name, state=active|idle|waiting}}. */
    public void bindPool(String name, Supplier<PoolStats> stats) {
        Gauge.builder("pool.connections", () -> stats.get().active()).tag("pool", name).tag("state", "active")
                .description("Connections of a pool by state").register(registry);
        Gauge.builder("pool.connections", () -> stats.get().idle()).tag("pool", name).tag("state", "idle")
                .description("Connections of a pool by state").register(registry);
        Gauge.builder("pool.connections", () -> stats.get().waiting()).tag("pool", name).tag("state", "waiting")
                .description("Connections of a pool by state").register(registry);
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
