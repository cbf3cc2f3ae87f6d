package dev.stickerplatform.adapters.persistence.postgres;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.Creator;
import dev.stickerplatform.domain.port.Store;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

/** Creators by wallet. */
final class JdbiCreators implements Store.Creators {
    static final RowMapper<Creator> ROW = (rs, ctx) -> new Creator(Columns.get(rs, ctx, "wallet", Address.class),
            rs.getString("username"), Columns.get(rs, ctx, "registered_at", Instant.class));

    private final Session session;

    JdbiCreators(Session session) {
        this.session = session;
    }

    @Override
    public void save(Creator creator) {
        Objects.requireNonNull(creator, "creator");
        session.write(h -> h.createUpdate("""
                        INSERT INTO creators (wallet, username, registered_at)
                        VALUES (:wallet, :username, :registered_at)
                        ON CONFLICT (wallet) DO UPDATE
                            SET username = EXCLUDED.username, registered_at = EXCLUDED.registered_at
                        """)
                .bind("wallet", creator.wallet())
                .bind("username", creator.username())
                .bind("registered_at", creator.registeredAt())
                .execute());
    }

    @Override
    public Optional<Creator> find(Address wallet) {
        return session.read(h -> h.createQuery("SELECT * FROM creators WHERE wallet = :wallet")
                .bind("wallet", wallet)
                .map(ROW)
                .findOne());
    }
}
