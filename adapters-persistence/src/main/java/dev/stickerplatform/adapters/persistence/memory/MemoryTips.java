package dev.stickerplatform.adapters.persistence.memory;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.Tip;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.Store;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Tips by txid, with the per-party totals and rankings the statistics and leaderboards need. */
final class MemoryTips implements Store.Tips {
    /** Newest first: by round, then detection time, then txid so the order is total. */
    private static final Comparator<Tip> NEWEST_FIRST = Comparator.comparing(Tip::round)
            .thenComparing(Tip::detectedAt)
            .thenComparing(tip -> tip.txId().value())
            .reversed();

    private final Context context;

    MemoryTips(Context context) {
        this.context = context;
    }

    @Override
    public boolean insertIfAbsent(Tip tip) {
        Objects.requireNonNull(tip, "tip");
        return context.write(t -> {
            if (t.tips.get(tip.txId()).isPresent()) {
                return false;
            }
            t.tips.put(tip.txId(), tip);
            return true;
        });
    }

    @Override
    public Optional<Tip> find(TxId txId) {
        return context.read(t -> t.tips.get(txId));
    }

    @Override
    public Map<TxId, Tip> findAll(Collection<TxId> txIds) {
        return context.read(t -> {
            Map<TxId, Tip> found = new HashMap<>();
            txIds.forEach(id -> t.tips.get(id).ifPresent(tip -> found.put(id, tip)));
            return found;
        });
    }

    @Override
    public List<Tip> recentByFan(Address fan, int limit) {
        return context.read(t -> Lists.first(t.tips.values().filter(tip -> tip.fan().equals(fan)), NEWEST_FIRST,
                limit));
    }

    @Override
    public List<Tip> recentByCreator(Address creator, int limit) {
        return context.read(t -> Lists.first(t.tips.values().filter(tip -> tip.creator().equals(creator)),
                NEWEST_FIRST, limit));
    }

    @Override
    public Totals fanTotals(Address fan) {
        return context.read(t -> TipRanking.totals(t.tips.values().filter(tip -> tip.fan().equals(fan)),
                Tip::creator));
    }

    @Override
    public Totals creatorTotals(Address creator) {
        return context.read(t -> TipRanking.totals(t.tips.values().filter(tip -> tip.creator().equals(creator)),
                Tip::fan));
    }

    @Override
    public List<Ranked> creatorsOfFan(Address fan, int limit) {
        return context.read(t -> TipRanking.rank(t.tips.values().filter(tip -> tip.fan().equals(fan)),
                Tip::creator, Tip::fan, limit));
    }

    @Override
    public List<Ranked> fansOfCreator(Address creator, int limit) {
        return context.read(t -> TipRanking.rank(t.tips.values().filter(tip -> tip.creator().equals(creator)),
                Tip::fan, Tip::creator, limit));
    }

    @Override
    public List<Ranked> topCreators(int limit) {
        return context.read(t -> TipRanking.rank(t.tips.values(), Tip::creator, Tip::fan, limit));
    }
}
