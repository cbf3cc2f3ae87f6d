package dev.stickerplatform.adapters.persistence.postgres;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.TipJar;
import dev.stickerplatform.domain.model.TipJarStatus;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.DuplicateException;
import dev.stickerplatform.domain.port.Store;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Tip jars. The schema keeps at most one not RETIRED per creator (a partial unique index) and one per app id;
 * an insert that would break either is refused without an error in the database ({@code ON CONFLICT DO
 * NOTHING}), so a surrounding transaction stays usable after the {@link DuplicateException}.
 */
final class JdbiTipJars implements Store.TipJars {
    static final RowMapper<TipJar> ROW = (rs, ctx) -> {
        return new TipJar(rs.getObject("id", UUID.class), Columns.get(rs, ctx, "creator", Address.class),
                rs.getInt("version"), Columns.get(rs, ctx, "min_tip", MicroAlgos.class),
                Columns.get(rs, ctx, "status", TipJarStatus.class), Columns.get(rs, ctx, "app_id", AppId.class),
                Columns.chainWrite(rs, ctx), Columns.get(rs, ctx, "create_tx_id", TxId.class),
                Columns.get(rs, ctx, "requested_at", Instant.class),
                Columns.get(rs, ctx, "activated_at", Instant.class), Columns.get(rs, ctx, "retired_at", Instant.class));
    };
    private static final String COLUMNS = """
            id, creator, version, min_tip, status, app_id, pending_tx_id, pending_last_valid, pending_signed,
            create_tx_id, requested_at, activated_at, retired_at""";
    private static final String VALUES = """
            :id, :creator, :version, :min_tip, :status, :app_id, :pending_tx_id, :pending_last_valid,
            :pending_signed, :create_tx_id, :requested_at, :activated_at, :retired_at""";

    private final Session session;

    JdbiTipJars(Session session) {
        this.session = session;
    }

    @Override
    public void insert(TipJar tipJar) {
        Objects.requireNonNull(tipJar, "tipJar");
        int inserted = session.write(h -> bind(h.createUpdate(
                "INSERT INTO tip_jars (" + COLUMNS + ") VALUES (" + VALUES + ") ON CONFLICT DO NOTHING"), tipJar)
                .execute());
        if (inserted == 0) {
            throw new DuplicateException("tip jar " + tipJar.id() + " exists, or its creator already has a live "
                    + "tip jar, or its app belongs to another");
        }
    }

    @Override
    public void update(TipJar tipJar) {
        Objects.requireNonNull(tipJar, "tipJar");
        int updated = session.write(h -> bind(h.createUpdate("""
                UPDATE tip_jars SET creator = :creator, version = :version, min_tip = :min_tip, status = :status,
                       app_id = :app_id, pending_tx_id = :pending_tx_id, pending_last_valid = :pending_last_valid,
                       pending_signed = :pending_signed, create_tx_id = :create_tx_id, requested_at = :requested_at,
                       activated_at = :activated_at, retired_at = :retired_at
                 WHERE id = :id
                """), tipJar).execute());
        if (updated == 0) {
            throw new IllegalArgumentException("no tip jar " + tipJar.id());
        }
    }

    @Override
    public Optional<TipJar> find(UUID id) {
        return session.read(h -> h.createQuery("SELECT * FROM tip_jars WHERE id = :id")
                .bind("id", id).map(ROW).findOne());
    }

    @Override
    public Optional<TipJar> current(Address creator) {
        return session.read(h -> h.createQuery(
                        "SELECT * FROM tip_jars WHERE creator = :creator AND status <> 'RETIRED'")
                .bind("creator", creator).map(ROW).findOne());
    }

    @Override
    public Optional<TipJar> findByApp(AppId app) {
        return session.read(h -> h.createQuery("SELECT * FROM tip_jars WHERE app_id = :app")
                .bind("app", app).map(ROW).findOne());
    }

    @Override
    public Map<AppId, TipJar> findByApps(Collection<AppId> apps) {
        if (apps.isEmpty()) {
            return new HashMap<>();
        }
        List<Long> ids = apps.stream().map(AppId::value).distinct().toList();
        List<TipJar> jars = session.read(h -> h.createQuery("SELECT * FROM tip_jars WHERE app_id = ANY(:apps)")
                .bindArray("apps", Long.class, ids).map(ROW).list());
        Map<AppId, TipJar> found = new HashMap<>();
        jars.forEach(jar -> found.put(jar.appId(), jar));
        return found;
    }

    @Override
    public List<TipJar> unfinished() {
        return session.read(h -> h.createQuery("""
                SELECT * FROM tip_jars WHERE status IN ('DEPLOYING', 'FUNDING') ORDER BY requested_at, id
                """).map(ROW).list());
    }

    @Override
    public List<TipJar> withApps() {
        return session.read(h -> h.createQuery("""
                SELECT * FROM tip_jars WHERE app_id IS NOT NULL AND status <> 'DEPLOYING' ORDER BY requested_at, id
                """).map(ROW).list());
    }

    private static <S extends SqlStatement<S>> S bind(S statement, TipJar jar) {
        return Columns.bindWrite(statement, jar.pendingWrite())
                .bind("id", jar.id())
                .bind("creator", jar.creator())
                .bind("version", jar.version())
                .bind("min_tip", jar.minTip())
                .bind("status", jar.status())
                .bindByType("app_id", jar.appId(), AppId.class)
                .bindByType("create_tx_id", jar.createTxId(), TxId.class)
                .bind("requested_at", jar.requestedAt())
                .bindByType("activated_at", jar.activatedAt(), Instant.class)
                .bindByType("retired_at", jar.retiredAt(), Instant.class);
    }
}
