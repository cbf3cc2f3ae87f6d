package dev.stickerplatform.adapters.persistence.memory;

import dev.stickerplatform.domain.port.DailyCaps;
import dev.stickerplatform.domain.port.DailyCapKind;
import java.time.LocalDate;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** {@link DailyCaps} in this process only (the embedded default): one counter per kind and day. */
public final class InMemoryDailyCaps implements DailyCaps {
    private record Day(DailyCapKind kind, LocalDate day) {
    }

    private final ConcurrentMap<Day, Long> counts = new ConcurrentHashMap<>();

    @Override
    public Decision consume(DailyCapKind kind, LocalDate day, long amount, long cap) {
        check(amount, cap);
        boolean[] allowed = new boolean[1];
        long used = counts.compute(new Day(Objects.requireNonNull(kind), Objects.requireNonNull(day)),
                (key, current) -> {
                    long before = current == null ? 0 : current;
                    allowed[0] = before <= cap - amount;
                    return allowed[0] ? before + amount : before;
                });
        return new Decision(allowed[0], used);
    }

    @Override
    public long used(DailyCapKind kind, LocalDate day) {
        return counts.getOrDefault(new Day(kind, day), 0L);
    }

    static void check(long amount, long cap) {
        if (amount < 1 || cap < 1) {
            throw new IllegalArgumentException("a spend and a cap are positive");
        }
    }
}
