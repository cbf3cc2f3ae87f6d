package dev.stickerplatform.adapters.persistence.postgres;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.Hash32;
import dev.stickerplatform.domain.port.SessionStore;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * The {@link SessionStore} in the {@code auth_sessions} table, shared by every server process. A rotation locks
 * the session's row ({@code SELECT … FOR UPDATE}) and decides under the lock, so of two processes presenting the
 * same refresh token one rotates and the other sees a reuse. Each open also purges a bounded batch of sessions
 * that expired a day ago or more.
 */
public final class PostgresSessionStore implements SessionStore {
    static final int PURGE_BATCH = 100;
    private static final RowMapper<Session> ROW = (rs, ctx) -> new Session(rs.getObject("id", UUID.class),
            Columns.get(rs, ctx, "wallet", Address.class), rs.getString("role"),
            Columns.get(rs, ctx, "signing_key", Address.class), new Hash32(rs.getString("token_hash")),
            rs.getInt("generation"), Columns.get(rs, ctx, "created_at", Instant.class),
            Columns.get(rs, ctx, "expires_at", Instant.class), Columns.get(rs, ctx, "revoked_at", Instant.class));

    private final Jdbi jdbi;

    public PostgresSessionStore(DataSource dataSource) {
        this.jdbi = DomainTypes.jdbi(dataSource);
    }

    @Override
    public void open(Session session) {
        Objects.requireNonNull(session, "session");
        run(h -> {
            h.createUpdate("""
                            DELETE FROM auth_sessions WHERE id IN (
                                SELECT id FROM auth_sessions WHERE expires_at <= :before
                                 LIMIT :batch FOR UPDATE SKIP LOCKED)
                            """)
                    .bind("before", session.createdAt().minus(java.time.Duration.ofDays(1)))
                    .bind("batch", PURGE_BATCH)
                    .execute();
            return h.createUpdate("""
                            INSERT INTO auth_sessions (id, wallet, role, signing_key, token_hash, generation,
                                                       created_at, expires_at, revoked_at)
                            VALUES (:id, :wallet, :role, :signing_key, :token_hash, :generation, :created_at,
                                    :expires_at, :revoked_at)
                            """)
                    .bind("id", session.id())
                    .bind("wallet", session.wallet())
                    .bind("role", session.role())
                    .bind("signing_key", session.signingKey())
                    .bind("token_hash", session.tokenHash().hex())
                    .bind("generation", session.generation())
                    .bind("created_at", session.createdAt())
                    .bind("expires_at", session.expiresAt())
                    .bindByType("revoked_at", session.revokedAt(), Instant.class)
                    .execute();
        });
    }

    @Override
    public Optional<Session> find(UUID id) {
        return run(h -> h.createQuery("SELECT * FROM auth_sessions WHERE id = :id").bind("id", id).map(ROW)
                .findOne());
    }

    @Override
    public Rotation rotate(UUID id, Hash32 presented, Hash32 next, Instant now) {
        Objects.requireNonNull(presented, "presented");
        Objects.requireNonNull(next, "next");
        try {
            return jdbi.inTransaction(h -> {
                Session session = h.createQuery("SELECT * FROM auth_sessions WHERE id = :id FOR UPDATE")
                        .bind("id", id).map(ROW).findOne().orElse(null);
                if (session == null) {
                    return new Rotation.Unknown();
                }
                if (!session.isActive(now)) {
                    return new Rotation.Ended(session);
                }
                if (!session.tokenHash().equals(presented)) {
                    h.createUpdate("UPDATE auth_sessions SET revoked_at = :now WHERE id = :id")
                            .bind("now", now).bind("id", id).execute();
                    return new Rotation.Reused(session.revoked(now));
                }
                h.createUpdate("""
                                UPDATE auth_sessions SET token_hash = :next, generation = generation + 1
                                 WHERE id = :id
                                """)
                        .bind("next", next.hex()).bind("id", id).execute();
                return new Rotation.Rotated(session.rotated(next));
            });
        } catch (JdbiException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public boolean revoke(UUID id, Instant now) {
        return run(h -> h.createUpdate("UPDATE auth_sessions SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
                .bind("now", now).bind("id", id).execute()) > 0;
    }

    @Override
    public int revokeAll(Address wallet, Instant now) {
        return run(h -> h.createUpdate("""
                        UPDATE auth_sessions SET revoked_at = :now WHERE wallet = :wallet AND revoked_at IS NULL
                        """)
                .bind("now", now).bind("wallet", wallet).execute());
    }

    private <T> T run(Function<Handle, T> work) {
        try {
            return jdbi.withHandle(work::apply);
        } catch (JdbiException e) {
            throw SqlErrors.translate(e);
        }
    }
}
