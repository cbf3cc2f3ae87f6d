package dev.stickerplatform.application.treasury;

import dev.stickerplatform.application.metrics.PipelineMetrics;
import dev.stickerplatform.domain.model.MicroAlgos;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * What this process saw the platform spend, per kind and UTC day, with the fees it saw come in and the minimum
 * balances that came back, for the last {@link #DAYS} days. Thread-safe. Every process keeps its own (a worker's
 * mints are in the worker's); the metrics export the same amounts as counters, which Prometheus sums across
 * processes and keeps for as long as it keeps anything.
 */
public final class SpendLedger implements PipelineMetrics {
    public static final int DAYS = 30;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final NavigableMap<LocalDate, Day> days = new TreeMap<>();
    private final LocalDate started;

    public SpendLedger(Clock clock) {
        this.clock = clock;
        this.started = today();
    }

    /** One day's figures, in µALGO. */
    public record DaySpend(LocalDate day, Map<SpendKind, Long> spent, long feesReceived, long returned) {
        public DaySpend {
            spent = Map.copyOf(spent);
        }

        public long totalSpent() {
            return spent.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    @Override
    public void spent(SpendKind kind, MicroAlgos amount) {
        change(day -> day.spent.merge(kind, amount.value(), Math::addExact));
    }

    @Override
    public void feesReceived(MicroAlgos amount) {
        change(day -> day.feesReceived = Math.addExact(day.feesReceived, amount.value()));
    }

    /** A minimum balance the platform got back (a destroyed sticker's asset). */
    @Override
    public void returned(MicroAlgos amount) {
        change(day -> day.returned = Math.addExact(day.returned, amount.value()));
    }

    /** The recorded days, oldest first, each kind present (0 when nothing was spent on it). */
    public List<DaySpend> days() {
        lock.lock();
        try {
            List<DaySpend> result = new ArrayList<>();
            days.forEach((date, day) -> {
                Map<SpendKind, Long> spent = new EnumMap<>(SpendKind.class);
                for (SpendKind kind : SpendKind.values()) {
                    spent.put(kind, day.spent.getOrDefault(kind, 0L));
                }
                result.add(new DaySpend(date, spent, day.feesReceived, day.returned));
            });
            return result;
        } finally {
            lock.unlock();
        }
    }

    /** Whole days this ledger has been counting, today included (at least 1, at most {@link #DAYS}). */
    public int daysObserved() {
        long days = java.time.temporal.ChronoUnit.DAYS.between(started, today()) + 1;
        return (int) Math.max(1, Math.min(DAYS, days));
    }

    private void change(java.util.function.Consumer<Day> edit) {
        lock.lock();
        try {
            LocalDate today = today();
            edit.accept(days.computeIfAbsent(today, d -> new Day()));
            while (days.size() > DAYS || days.firstKey().isBefore(today.minusDays(DAYS - 1))) {
                days.pollFirstEntry();
            }
        } finally {
            lock.unlock();
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static final class Day {
        private final Map<SpendKind, Long> spent = new EnumMap<>(SpendKind.class);
        private long feesReceived;
        private long returned;
    }
}
