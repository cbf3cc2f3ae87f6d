package dev.stickerplatform.adapters.persistence.memory;

import dev.stickerplatform.domain.port.IdOrder;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.TipJar;
import dev.stickerplatform.domain.model.TipJarStatus;
import dev.stickerplatform.domain.port.DuplicateException;
import dev.stickerplatform.domain.port.Store;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Tip jars; at most one not RETIRED per creator and per app. */
final class MemoryTipJars implements Store.TipJars {
    private static final Comparator<TipJar> OLDEST_FIRST = Comparator.comparing(TipJar::requestedAt)
            .thenComparing(TipJar::id, IdOrder.IDS);
    /** When an app has several jars (it cannot on a real chain), the live one wins, then the newest. */
    private static final Comparator<TipJar> BEST_OWNER = Comparator
            .comparing((TipJar jar) -> jar.status() != TipJarStatus.RETIRED)
            .thenComparing(OLDEST_FIRST);

    private final Context context;

    MemoryTipJars(Context context) {
        this.context = context;
    }

    @Override
    public void insert(TipJar tipJar) {
        Objects.requireNonNull(tipJar, "tipJar");
        context.write(t -> {
            if (t.tipJars.get(tipJar.id()).isPresent()) {
                throw new DuplicateException("tip jar " + tipJar.id() + " exists");
            }
            checkUnique(t, tipJar);
            t.tipJars.put(tipJar.id(), tipJar);
            return null;
        });
    }

    @Override
    public void update(TipJar tipJar) {
        Objects.requireNonNull(tipJar, "tipJar");
        context.write(t -> {
            if (t.tipJars.get(tipJar.id()).isEmpty()) {
                throw new IllegalArgumentException("no tip jar " + tipJar.id());
            }
            checkUnique(t, tipJar);
            t.tipJars.put(tipJar.id(), tipJar);
            return null;
        });
    }

    @Override
    public Optional<TipJar> find(UUID id) {
        return context.read(t -> t.tipJars.get(id));
    }

    @Override
    public Optional<TipJar> current(Address creator) {
        return context.read(t -> t.tipJars.values()
                .filter(jar -> isLive(jar) && jar.creator().equals(creator))
                .findFirst());
    }

    @Override
    public Optional<TipJar> findByApp(AppId app) {
        return context.read(t -> t.tipJars.values().filter(jar -> app.equals(jar.appId())).max(BEST_OWNER));
    }

    @Override
    public Map<AppId, TipJar> findByApps(Collection<AppId> apps) {
        Set<AppId> wanted = Set.copyOf(apps);
        return context.read(t -> {
            Map<AppId, TipJar> found = new HashMap<>();
            t.tipJars.values().filter(jar -> jar.appId() != null && wanted.contains(jar.appId()))
                    .forEach(jar -> found.merge(jar.appId(), jar, (a, b) -> BEST_OWNER.compare(a, b) >= 0 ? a : b));
            return found;
        });
    }

    @Override
    public List<TipJar> unfinished() {
        return context.read(t -> t.tipJars.values()
                .filter(jar -> jar.status() == TipJarStatus.DEPLOYING || jar.status() == TipJarStatus.FUNDING)
                .sorted(OLDEST_FIRST).toList());
    }

    @Override
    public List<TipJar> withApps() {
        return context.read(t -> t.tipJars.values()
                .filter(jar -> jar.appId() != null && jar.status() != TipJarStatus.DEPLOYING)
                .sorted(OLDEST_FIRST).toList());
    }

    private static void checkUnique(Tables t, TipJar jar) {
        if (!isLive(jar)) {
            return;
        }
        t.tipJars.values().filter(other -> isLive(other) && !other.id().equals(jar.id())).forEach(other -> {
            if (other.creator().equals(jar.creator())) {
                throw new DuplicateException("creator " + jar.creator().shortForm() + " already has a tip jar");
            }
            if (jar.appId() != null && jar.appId().equals(other.appId())) {
                throw new DuplicateException("app " + jar.appId() + " already belongs to a tip jar");
            }
        });
    }

    private static boolean isLive(TipJar jar) {
        return jar.status() != TipJarStatus.RETIRED;
    }
}
