package dev.stickerplatform.application.budget;

import dev.stickerplatform.domain.port.DailyCapReachedException;
import dev.stickerplatform.domain.port.DailyCaps;
import dev.stickerplatform.domain.port.DailyCapKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The operator's global daily caps on what the platform spends, by kind and UTC day, whatever the client: a use
 * case calls {@link #spend} before it signs anything that costs the platform ALGO, so once a kind's cap is reached
 * nothing of that kind is spent until the next UTC day. A kind without a cap is only counted.
 */
public final class DailyBudget {
    private final DailyCaps caps;
    private final Clock clock;
    private final Map<DailyCapKind, Long> limits;

    /** @param limits the cap of each capped kind (positive); kinds not in it are counted, never refused */
    public DailyBudget(DailyCaps caps, Clock clock, Map<DailyCapKind, Long> limits) {
        this.caps = Objects.requireNonNull(caps, "caps");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.limits = limits.isEmpty() ? Map.of() : new EnumMap<>(limits);
        this.limits.values().forEach(cap -> {
            if (cap < 1) {
                throw new IllegalArgumentException("a daily cap is positive");
            }
        });
    }

    private static final DailyCaps UNCOUNTED = new DailyCaps() {
        @Override
        public Decision consume(DailyCapKind kind, LocalDate day, long amount, long cap) {
            return new Decision(true, 0);
        }

        @Override
        public long used(DailyCapKind kind, LocalDate day) {
            return 0;
        }
    };

    /** Counts nothing and refuses nothing (tests and tools that wire a use case alone). */
    public static DailyBudget unlimited() {
        return new DailyBudget(UNCOUNTED, Clock.systemUTC(), Map.of());
    }

    /**
     * Counts one spend of {@code kind} today.
     *
     * @throws DailyCapReachedException when today's cap of the kind is reached (nothing is counted then)
     */
    public void spend(DailyCapKind kind) {
        long cap = limits.getOrDefault(kind, Long.MAX_VALUE);
        DailyCaps.Decision decision = caps.consume(kind, day(clock.instant()), 1, cap);
        if (!decision.allowed()) {
            throw new DailyCapReachedException(kind, cap, untilTomorrow());
        }
    }

    /** Counts {@code amount} spends of {@code kind} today if they fit under its cap; false (counting nothing) if not. */
    public boolean tryTake(DailyCapKind kind, int amount) {
        return caps.consume(kind, day(clock.instant()), amount, limits.getOrDefault(kind, Long.MAX_VALUE)).allowed();
    }

    /** Today's count and cap of every kind (cap null when uncapped), for metrics and the treasury view. */
    public Map<DailyCapKind, Usage> today() {
        Map<DailyCapKind, Usage> usage = new EnumMap<>(DailyCapKind.class);
        LocalDate day = day(clock.instant());
        for (DailyCapKind kind : DailyCapKind.values()) {
            usage.put(kind, new Usage(caps.used(kind, day), limits.get(kind)));
        }
        return usage;
    }

    /** @param cap null when the kind has no cap */
    public record Usage(long used, Long cap) {
    }

    private static LocalDate day(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    private Duration untilTomorrow() {
        Instant now = clock.instant();
        return Duration.between(now, day(now).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    }
}
