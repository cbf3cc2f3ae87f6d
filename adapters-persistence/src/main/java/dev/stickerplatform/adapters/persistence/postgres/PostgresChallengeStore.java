package dev.stickerplatform.adapters.persistence.postgres;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.port.ChallengeStore;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * The {@link ChallengeStore} in the {@code auth_challenges} table, shared by every server process. Consuming is
 * one {@code DELETE … RETURNING}: of concurrent consumers exactly one gets the row, and an expired challenge is
 * removed and refused alike. Each save also purges a bounded batch of expired challenges (skipping rows another
 * purge holds), so the table holds little more than the challenges still answerable.
 */
public final class PostgresChallengeStore implements ChallengeStore {
    /** How many expired rows one save purges at most; a flood of sign-ins still purges faster than it expires. */
    static final int PURGE_BATCH = 100;
    private static final RowMapper<Challenge> ROW = (rs, ctx) -> new Challenge(rs.getString("nonce"),
            Columns.get(rs, ctx, "wallet", Address.class), rs.getString("message"),
            Columns.get(rs, ctx, "issued_at", Instant.class), Columns.get(rs, ctx, "expires_at", Instant.class));

    private final Jdbi jdbi;
    private final Clock clock;

    public PostgresChallengeStore(DataSource dataSource, Clock clock) {
        this.jdbi = DomainTypes.jdbi(dataSource);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void save(Challenge challenge) {
        Objects.requireNonNull(challenge, "challenge");
        Objects.requireNonNull(challenge.nonce(), "nonce");
        Objects.requireNonNull(challenge.wallet(), "wallet");
        Objects.requireNonNull(challenge.expiresAt(), "expiresAt");
        Instant now = clock.instant();
        run(h -> {
            h.createUpdate("""
                            DELETE FROM auth_challenges WHERE nonce IN (
                                SELECT nonce FROM auth_challenges WHERE expires_at <= :now
                                 LIMIT :batch FOR UPDATE SKIP LOCKED)
                            """)
                    .bind("now", now)
                    .bind("batch", PURGE_BATCH)
                    .execute();
            return h.createUpdate("""
                            INSERT INTO auth_challenges (nonce, wallet, message, issued_at, expires_at)
                            VALUES (:nonce, :wallet, :message, :issued_at, :expires_at)
                            ON CONFLICT (nonce) DO UPDATE SET wallet = EXCLUDED.wallet, message = EXCLUDED.message,
                                issued_at = EXCLUDED.issued_at, expires_at = EXCLUDED.expires_at
                            """)
                    .bind("nonce", challenge.nonce())
                    .bind("wallet", challenge.wallet())
                    .bind("message", challenge.message())
                    .bind("issued_at", challenge.issuedAt())
                    .bind("expires_at", challenge.expiresAt())
                    .execute();
        });
    }

    @Override
    public Optional<Challenge> consume(String nonce, Instant now) {
        Objects.requireNonNull(now, "now");
        if (nonce == null || nonce.indexOf(0) >= 0) {
            // a nonce from the outside that no challenge can have (text never holds NUL): nothing to consume
            return Optional.empty();
        }
        return run(h -> h.createQuery("DELETE FROM auth_challenges WHERE nonce = :nonce RETURNING *")
                .bind("nonce", nonce)
                .map(ROW)
                .findOne())
                .filter(challenge -> now.isBefore(challenge.expiresAt()));
    }

    private <T> T run(Function<Handle, T> work) {
        try {
            return jdbi.withHandle(work::apply);
        } catch (JdbiException e) {
            throw SqlErrors.translate(e);
        }
    }
}
