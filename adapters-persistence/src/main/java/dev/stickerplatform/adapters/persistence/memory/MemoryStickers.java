package dev.stickerplatform.adapters.persistence.memory;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.DeliveryStatus;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.Sticker;
import dev.stickerplatform.domain.model.StickerType;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.DuplicateException;
import dev.stickerplatform.domain.port.PageRequest;
import dev.stickerplatform.domain.port.Store;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Minted stickers; one per tip. Counts include every delivery status unless one is asked for. */
final class MemoryStickers implements Store.Stickers {
    private static final Comparator<Sticker> NEWEST_FIRST = Comparator.comparing(Sticker::mintedAt)
            .thenComparingLong(Sticker::id).reversed();

    private final Context context;
    private final Sequences sequences;

    MemoryStickers(Context context, Sequences sequences) {
        this.context = context;
        this.sequences = sequences;
    }

    @Override
    public Sticker insert(Sticker sticker) {
        Objects.requireNonNull(sticker, "sticker");
        return context.write(t -> {
            if (byTip(t, sticker.tipTxId()).isPresent()) {
                throw new DuplicateException("tip " + sticker.tipTxId() + " already has a sticker");
            }
            Sticker stored = sticker.withId(sequences.nextStickerId());
            t.stickers.put(stored.id(), stored);
            return stored;
        });
    }

    @Override
    public void update(Sticker sticker) {
        Objects.requireNonNull(sticker, "sticker");
        context.write(t -> {
            if (t.stickers.get(sticker.id()).isEmpty()) {
                throw new IllegalArgumentException("no sticker " + sticker.id());
            }
            if (byTip(t, sticker.tipTxId()).filter(other -> other.id() != sticker.id()).isPresent()) {
                throw new DuplicateException("tip " + sticker.tipTxId() + " already has a sticker");
            }
            Sticker stored = t.stickers.get(sticker.id()).orElseThrow();
            t.stickers.put(sticker.id(), stored.ownerRound() == null ? sticker
                    : sticker.withOwner(stored.owner(), stored.ownerRound()));
            return null;
        });
    }

    @Override
    public Optional<Sticker> moveOwner(AssetId asset, Address owner, Round round) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(round, "round");
        return context.write(t -> {
            Optional<Sticker> found = t.stickers.values().filter(s -> s.assetId().equals(asset))
                    .min(Comparator.comparingLong(Sticker::id));
            if (found.isEmpty()) {
                return Optional.<Sticker>empty();
            }
            Sticker sticker = found.get();
            if (sticker.ownerRound() != null && sticker.ownerRound().value() > round.value()) {
                return found;
            }
            Sticker moved = sticker.withOwner(owner, round);
            t.stickers.put(moved.id(), moved);
            return Optional.of(moved);
        });
    }

    @Override
    public Optional<Sticker> find(long id) {
        return context.read(t -> t.stickers.get(id));
    }

    @Override
    public Optional<Sticker> findByTip(TxId tipTxId) {
        return context.read(t -> byTip(t, tipTxId));
    }

    @Override
    public Optional<Sticker> findByAsset(AssetId asset) {
        return context.read(t -> t.stickers.values().filter(s -> s.assetId().equals(asset))
                .min(Comparator.comparingLong(Sticker::id)));
    }

    @Override
    public List<Sticker> byOwner(Address owner, DeliveryStatus status, PageRequest page) {
        return context.read(t -> Lists.page(owned(t, owner, status), NEWEST_FIRST, page));
    }

    @Override
    public long countByOwner(Address owner, DeliveryStatus status) {
        return context.read(t -> owned(t, owner, status).count());
    }

    @Override
    public Map<StickerType, Long> countByOwnerAndType(Address owner) {
        return context.read(t -> {
            Map<StickerType, Long> counts = new EnumMap<>(StickerType.class);
            owned(t, owner, DeliveryStatus.DELIVERED).forEach(s -> counts.merge(s.type(), 1L, Long::sum));
            return counts;
        });
    }

    @Override
    public Map<Long, Long> countByTemplates(Collection<Long> templateIds) {
        Set<Long> wanted = new HashSet<>(templateIds);
        return context.read(t -> t.stickers.values().filter(s -> wanted.contains(s.templateId()))
                .collect(Collectors.groupingBy(Sticker::templateId, HashMap::new, Collectors.counting())));
    }

    @Override
    public long countByCreator(Address creator) {
        return context.read(t -> t.stickers.values().filter(s -> s.creator().equals(creator)).count());
    }

    @Override
    public Map<Address, Long> countByCreatorForOwners(Address creator, Collection<Address> owners) {
        Set<Address> wanted = new HashSet<>(owners);
        return context.read(t -> t.stickers.values()
                .filter(s -> s.creator().equals(creator) && wanted.contains(s.owner())
                        && s.status() == DeliveryStatus.DELIVERED)
                .collect(Collectors.groupingBy(Sticker::owner, HashMap::new, Collectors.counting())));
    }

    @Override
    public Map<Address, Long> countExpiredMemberships(Address creator, Collection<Address> owners, Instant now) {
        Set<Address> wanted = new HashSet<>(owners);
        return context.read(t -> t.stickers.values()
                .filter(s -> (creator == null || s.creator().equals(creator)) && wanted.contains(s.owner())
                        && s.status() == DeliveryStatus.DELIVERED && s.expiresAt() != null
                        && !s.expiresAt().isAfter(now))
                .collect(Collectors.groupingBy(Sticker::owner, HashMap::new, Collectors.counting())));
    }

    private static Optional<Sticker> byTip(Tables t, TxId tipTxId) {
        return t.stickers.values().filter(s -> s.tipTxId().equals(tipTxId)).findFirst();
    }

    private static Stream<Sticker> owned(Tables t, Address owner, DeliveryStatus status) {
        return t.stickers.values().filter(s -> s.owner().equals(owner) && (status == null || s.status() == status));
    }
}
