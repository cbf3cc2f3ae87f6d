package dev.stickerplatform.application.query;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.Creator;
import dev.stickerplatform.domain.model.DeliveryStatus;
import dev.stickerplatform.domain.model.JobStage;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.MintJob;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.Sticker;
import dev.stickerplatform.domain.model.StickerTemplate;
import dev.stickerplatform.domain.model.StickerType;
import dev.stickerplatform.domain.model.Tip;
import dev.stickerplatform.domain.model.TipJar;
import dev.stickerplatform.domain.model.TipJarStatus;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.DuplicateException;
import dev.stickerplatform.domain.port.PageRequest;
import dev.stickerplatform.domain.port.Store;
import dev.stickerplatform.domain.port.StoreUnavailableException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A map-backed {@link Store} for the use-case tests of this module (which may not depend on the adapters): the
 * repositories these tests read, with the ordering and uniqueness the port promises, a counter of calls per
 * method (to check "one query, not N+1") and a switch that makes every call fail like an outage. Transactions
 * simply run the work (no rollback); mint jobs are not supported.
 */
public final class FakeStore implements Store {
    private final Map<Address, Creator> creators = new LinkedHashMap<>();
    private final Map<UUID, TipJar> tipJars = new LinkedHashMap<>();
    private final Map<Long, StickerTemplate> templates = new LinkedHashMap<>();
    private final Map<TxId, Tip> tips = new LinkedHashMap<>();
    private final Map<Long, Sticker> stickers = new LinkedHashMap<>();
    private final Map<String, Integer> calls = new ConcurrentHashMap<>();
    private long nextId = 1;
    private volatile Round lastRound;
    private volatile boolean down;
    /** Runs just before a template insert, e.g. to play a concurrent request that inserts first. */
    public Runnable beforeTemplateInsert = () -> { };
    /** What {@code MintJobs.countUnmintedByTemplate} answers, by template id (the only job query faked). */
    public final Map<Long, Long> unmintedJobs = new java.util.concurrent.ConcurrentHashMap<>();

    public void down(boolean value) {
        down = value;
    }

    /** How many times {@code "Repository.method"} was called, e.g. {@code "Templates.findAll"}. */
    public int calls(String method) {
        return calls.getOrDefault(method, 0);
    }

    private void call(String method) {
        if (down) {
            throw new StoreUnavailableException("store is down");
        }
        calls.merge(method, 1, Integer::sum);
    }

    @Override
    public <T> T inTransaction(Function<Store, T> work) {
        call("inTransaction");
        return work.apply(this);
    }

    @Override
    public Creators creators() {
        return new Creators() {
            public void save(Creator creator) {
                call("Creators.save");
                creators.put(creator.wallet(), creator);
            }

            public Optional<Creator> find(Address wallet) {
                call("Creators.find");
                return Optional.ofNullable(creators.get(wallet));
            }
        };
    }

    @Override
    public TipJars tipJars() {
        return new TipJars() {
            public void insert(TipJar jar) {
                call("TipJars.insert");
                if (current(jar.creator()).isPresent()) {
                    throw new DuplicateException("creator already has a tip jar");
                }
                tipJars.put(jar.id(), jar);
            }

            public void update(TipJar jar) {
                call("TipJars.update");
                tipJars.put(jar.id(), jar);
            }

            public Optional<TipJar> find(UUID id) {
                call("TipJars.find");
                return Optional.ofNullable(tipJars.get(id));
            }

            public Optional<TipJar> current(Address creator) {
                call("TipJars.current");
                return tipJars.values().stream()
                        .filter(j -> j.creator().equals(creator) && j.status() != TipJarStatus.RETIRED).findFirst();
            }

            public Optional<TipJar> findByApp(AppId app) {
                call("TipJars.findByApp");
                return tipJars.values().stream().filter(j -> app.equals(j.appId())).findFirst();
            }

            public List<TipJar> unfinished() {
                throw new UnsupportedOperationException();
            }

            public List<TipJar> withApps() {
                throw new UnsupportedOperationException();
            }
        };
    }

    @Override
    public Templates templates() {
        return new Templates() {
            public StickerTemplate insert(StickerTemplate template) {
                beforeTemplateInsert.run();
                call("Templates.insert");
                boolean clash = templates.values().stream().anyMatch(t -> t.creator().equals(template.creator())
                        && t.category() == template.category()
                        && (template.category().isMembership()
                        || t.type() == template.type() && t.threshold().equals(template.threshold())));
                if (clash) {
                    throw new DuplicateException("duplicate template");
                }
                if (templates.values().stream().filter(t -> t.creator().equals(template.creator())).count()
                        >= dev.stickerplatform.domain.policy.TemplateRules.MAX_TEMPLATES_PER_CREATOR) {
                    throw new dev.stickerplatform.domain.port.TemplateLimitException(
                            dev.stickerplatform.domain.policy.TemplateRules.MAX_TEMPLATES_PER_CREATOR);
                }
                StickerTemplate stored = template.withId(nextId++);
                templates.put(stored.id(), stored);
                return stored;
            }

            public Optional<StickerTemplate> find(long id) {
                call("Templates.find");
                return Optional.ofNullable(templates.get(id));
            }

            public List<StickerTemplate> byCreator(Address creator) {
                call("Templates.byCreator");
                return templates.values().stream().filter(t -> t.creator().equals(creator))
                        .sorted(Comparator.comparing(StickerTemplate::createdAt)
                                .thenComparingLong(StickerTemplate::id).reversed())
                        .toList();
            }

            public Map<Long, StickerTemplate> findAll(Collection<Long> ids) {
                call("Templates.findAll");
                return ids.stream().filter(templates::containsKey).distinct()
                        .collect(Collectors.toMap(id -> id, templates::get));
            }

            public int countByCreator(Address creator) {
                call("Templates.countByCreator");
                return (int) templates.values().stream().filter(t -> t.creator().equals(creator)).count();
            }

            public boolean delete(long id) {
                call("Templates.delete");
                return templates.remove(id) != null;
            }
        };
    }

    @Override
    public Tips tips() {
        return new Tips() {
            public boolean insertIfAbsent(Tip tip) {
                call("Tips.insertIfAbsent");
                return tips.putIfAbsent(tip.txId(), tip) == null;
            }

            public Optional<Tip> find(TxId txId) {
                call("Tips.find");
                return Optional.ofNullable(tips.get(txId));
            }

            public Map<TxId, Tip> findAll(Collection<TxId> txIds) {
                call("Tips.findAll");
                Map<TxId, Tip> found = new LinkedHashMap<>();
                txIds.forEach(id -> Optional.ofNullable(tips.get(id)).ifPresent(tip -> found.put(id, tip)));
                return found;
            }

            public List<Tip> recentByFan(Address fan, int limit) {
                call("Tips.recentByFan");
                return newest(t -> t.fan().equals(fan), limit);
            }

            public List<Tip> recentByCreator(Address creator, int limit) {
                call("Tips.recentByCreator");
                return newest(t -> t.creator().equals(creator), limit);
            }

            public Totals fanTotals(Address fan) {
                call("Tips.fanTotals");
                return totals(t -> t.fan().equals(fan), Tip::creator);
            }

            public Totals creatorTotals(Address creator) {
                call("Tips.creatorTotals");
                return totals(t -> t.creator().equals(creator), Tip::fan);
            }

            public List<Ranked> creatorsOfFan(Address fan, int limit) {
                call("Tips.creatorsOfFan");
                return ranked(t -> t.fan().equals(fan), Tip::creator, Tip::creator, limit);
            }

            public List<Ranked> fansOfCreator(Address creator, int limit) {
                call("Tips.fansOfCreator");
                return ranked(t -> t.creator().equals(creator), Tip::fan, Tip::fan, limit);
            }

            public List<Ranked> topCreators(int limit) {
                call("Tips.topCreators");
                return ranked(t -> true, Tip::creator, Tip::fan, limit);
            }
        };
    }

    private List<Tip> newest(Predicate<Tip> filter, int limit) {
        return tips.values().stream().filter(filter)
                .sorted(Comparator.comparing(Tip::detectedAt).reversed()).limit(limit).toList();
    }

    private Tips.Totals totals(Predicate<Tip> filter, Function<Tip, Address> other) {
        List<Tip> matching = tips.values().stream().filter(filter).toList();
        return new Tips.Totals(matching.size(),
                MicroAlgos.of(matching.stream().mapToLong(t -> t.amount().value()).sum()),
                matching.stream().map(other).distinct().count());
    }

    private List<Tips.Ranked> ranked(Predicate<Tip> filter, Function<Tip, Address> party,
                                     Function<Tip, Address> other, int limit) {
        Map<Address, List<Tip>> byParty = tips.values().stream().filter(filter)
                .collect(Collectors.groupingBy(party, LinkedHashMap::new, Collectors.toList()));
        List<Tips.Ranked> ranked = new ArrayList<>();
        byParty.forEach((address, list) -> {
            Tips.Totals t = totals(list::contains, other);
            ranked.add(new Tips.Ranked(address, t.count(), t.sum(), t.distinct()));
        });
        return ranked.stream()
                .sorted(Comparator.comparing(Tips.Ranked::sum).reversed()
                        .thenComparing(Comparator.comparingLong(Tips.Ranked::count).reversed())
                        .thenComparing(r -> r.party().value()))
                .limit(limit).toList();
    }

    @Override
    public Stickers stickers() {
        return new Stickers() {
            public Sticker insert(Sticker sticker) {
                call("Stickers.insert");
                if (stickers.values().stream().anyMatch(s -> s.tipTxId().equals(sticker.tipTxId()))) {
                    throw new DuplicateException("tip already has a sticker");
                }
                Sticker stored = sticker.withId(nextId++);
                stickers.put(stored.id(), stored);
                return stored;
            }

            public void update(Sticker sticker) {
                call("Stickers.update");
                stickers.put(sticker.id(), sticker);
            }

            public Optional<Sticker> moveOwner(dev.stickerplatform.domain.model.AssetId asset, Address owner,
                                               dev.stickerplatform.domain.model.Round round) {
                call("Stickers.moveOwner");
                Optional<Sticker> found = stickers.values().stream().filter(s -> s.assetId().equals(asset))
                        .findFirst();
                if (found.isEmpty() || found.get().ownerRound() != null
                        && found.get().ownerRound().value() > round.value()) {
                    return found;
                }
                Sticker moved = found.get().withOwner(owner, round);
                stickers.put(moved.id(), moved);
                return Optional.of(moved);
            }

            public Optional<Sticker> find(long id) {
                call("Stickers.find");
                return Optional.ofNullable(stickers.get(id));
            }

            public Optional<Sticker> findByTip(TxId tipTxId) {
                call("Stickers.findByTip");
                return stickers.values().stream().filter(s -> s.tipTxId().equals(tipTxId)).findFirst();
            }

            public Optional<Sticker> findByAsset(AssetId asset) {
                call("Stickers.findByAsset");
                return stickers.values().stream().filter(s -> s.assetId().equals(asset)).findFirst();
            }

            public List<Sticker> byOwner(Address owner, DeliveryStatus status, PageRequest page) {
                call("Stickers.byOwner");
                return owned(owner, status)
                        .sorted(Comparator.comparing(Sticker::mintedAt).thenComparingLong(Sticker::id).reversed())
                        .skip(page.offset()).limit(page.limit()).toList();
            }

            public long countByOwner(Address owner, DeliveryStatus status) {
                call("Stickers.countByOwner");
                return owned(owner, status).count();
            }

            public Map<StickerType, Long> countByOwnerAndType(Address owner) {
                call("Stickers.countByOwnerAndType");
                return owned(owner, null).collect(Collectors.groupingBy(Sticker::type, Collectors.counting()));
            }

            public Map<Long, Long> countByTemplates(Collection<Long> templateIds) {
                call("Stickers.countByTemplates");
                return stickers.values().stream().filter(s -> templateIds.contains(s.templateId()))
                        .collect(Collectors.groupingBy(Sticker::templateId, Collectors.counting()));
            }

            public long countByCreator(Address creator) {
                call("Stickers.countByCreator");
                return stickers.values().stream().filter(s -> s.creator().equals(creator)).count();
            }

            public Map<Address, Long> countByCreatorForOwners(Address creator, Collection<Address> owners) {
                call("Stickers.countByCreatorForOwners");
                return stickers.values().stream()
                        .filter(s -> s.creator().equals(creator) && owners.contains(s.owner()))
                        .collect(Collectors.groupingBy(Sticker::owner, Collectors.counting()));
            }

            public Map<Address, Long> countExpiredMemberships(Address creator, Collection<Address> owners,
                                                              java.time.Instant now) {
                call("Stickers.countExpiredMemberships");
                return stickers.values().stream()
                        .filter(s -> (creator == null || s.creator().equals(creator)) && owners.contains(s.owner())
                                && s.status() == DeliveryStatus.DELIVERED && s.expiresAt() != null
                                && !s.expiresAt().isAfter(now))
                        .collect(Collectors.groupingBy(Sticker::owner, Collectors.counting()));
            }
        };
    }

    private Stream<Sticker> owned(Address owner, DeliveryStatus status) {
        return stickers.values().stream()
                .filter(s -> s.owner().equals(owner) && (status == null || s.status() == status));
    }

    @Override
    public MintJobs mintJobs() {
        return new MintJobs() {
            public boolean insertIfAbsent(MintJob job) {
                throw new UnsupportedOperationException("not needed by these tests");
            }

            public Optional<MintJob> find(UUID id) {
                throw new UnsupportedOperationException("not needed by these tests");
            }

            public MintJob save(MintJob job) {
                throw new UnsupportedOperationException("not needed by these tests");
            }

            public List<MintJob> list(JobStage stage, boolean dead, PageRequest page) {
                throw new UnsupportedOperationException("not needed by these tests");
            }

            public Map<JobStage, Long> countByStage() {
                throw new UnsupportedOperationException("not needed by these tests");
            }

            public long countDead() {
                throw new UnsupportedOperationException("not needed by these tests");
            }

            public long countUnmintedByTemplate(long templateId) {
                call("MintJobs.countUnmintedByTemplate");
                return unmintedJobs.getOrDefault(templateId, 0L);
            }
        };
    }

    @Override
    public Approvals approvals() {
        throw new UnsupportedOperationException("the query services never read approvals");
    }

    private final List<dev.stickerplatform.domain.model.SkippedTransaction> skippedTransactions =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public Grants grants() {
        return new Grants() {
            @Override
            public boolean insertIfAbsent(dev.stickerplatform.domain.model.Grant grant) {
                throw new UnsupportedOperationException("the query services never grant");
            }

            @Override
            public Optional<dev.stickerplatform.domain.model.Grant> find(TxId originId) {
                return Optional.empty();
            }

            @Override
            public Map<TxId, dev.stickerplatform.domain.model.Grant> findAll(Collection<TxId> originIds) {
                return Map.of();
            }

            @Override
            public long countByGrantorSince(Address grantedBy, dev.stickerplatform.domain.model.GrantKind kind,
                                            java.time.Instant since) {
                return 0;
            }
        };
    }

    @Override
    public StickerTransfers stickerTransfers() {
        throw new UnsupportedOperationException("the query services never transfer");
    }

    @Override
    public OnrampOrders onrampOrders() {
        throw new UnsupportedOperationException("the query services never read on-ramp orders");
    }

    @Override
    public ListenerCursor listenerCursor() {
        return new ListenerCursor() {
            public Optional<Round> lastProcessed() {
                call("ListenerCursor.lastProcessed");
                return Optional.ofNullable(lastRound);
            }

            public void advance(Round round) {
                call("ListenerCursor.advance");
                lastRound = round;
            }

            public void recordSkipped(dev.stickerplatform.domain.model.SkippedTransaction skipped) {
                call("ListenerCursor.recordSkipped");
                if (skippedTransactions.stream().noneMatch(s -> s.round().equals(skipped.round())
                        && s.index() == skipped.index())) {
                    skippedTransactions.add(skipped);
                }
            }

            public List<dev.stickerplatform.domain.model.SkippedTransaction> skipped(int limit) {
                return skippedTransactions.stream().limit(limit).toList();
            }

            public long countSkipped() {
                return skippedTransactions.size();
            }
        };
    }
}
