package dev.stickerplatform.adapters.persistence.memory;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.Tip;
import dev.stickerplatform.domain.port.Store.Tips.Ranked;
import dev.stickerplatform.domain.port.Store.Tips.Totals;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/** Tip totals and rankings: sum descending, then count descending, then address ascending. */
final class TipRanking {
    static final Comparator<Ranked> ORDER = Comparator.comparing(Ranked::sum).reversed()
            .thenComparing(Comparator.comparingLong(Ranked::count).reversed())
            .thenComparing(ranked -> ranked.party().value());

    private TipRanking() {
    }

    /** Count, sum and the number of distinct {@code other} parties of these tips. */
    static Totals totals(Stream<Tip> tips, Function<Tip, Address> other) {
        Tally tally = new Tally(other);
        tips.forEach(tally::add);
        return new Totals(tally.count, tally.sum, tally.others.size());
    }

    /** Groups the tips by {@code party}; {@code distinct} counts the {@code other} side within each group. */
    static List<Ranked> rank(Stream<Tip> tips, Function<Tip, Address> party, Function<Tip, Address> other,
                             int limit) {
        Map<Address, Tally> groups = new HashMap<>();
        tips.forEach(tip -> groups.computeIfAbsent(party.apply(tip), p -> new Tally(other)).add(tip));
        Stream<Ranked> ranked = groups.entrySet().stream().map(e -> e.getValue().ranked(e.getKey()));
        return Lists.first(ranked, ORDER, limit);
    }

    private static final class Tally {
        private final Function<Tip, Address> other;
        private final Set<Address> others = new HashSet<>();
        private long count;
        private MicroAlgos sum = MicroAlgos.ZERO;

        Tally(Function<Tip, Address> other) {
            this.other = other;
        }

        void add(Tip tip) {
            count++;
            sum = sum.plus(tip.amount());
            others.add(other.apply(tip));
        }

        Ranked ranked(Address party) {
            return new Ranked(party, count, sum, others.size());
        }
    }
}
