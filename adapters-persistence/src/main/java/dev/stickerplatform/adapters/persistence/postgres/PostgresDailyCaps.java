package dev.stickerplatform.adapters.persistence.postgres;

import dev.stickerplatform.domain.port.DailyCapKind;
import dev.stickerplatform.domain.port.DailyCaps;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * {@link DailyCaps} in the {@code daily_spend} table (migration V7), shared by every process. One statement per
 * spend: the row is created or incremented only while the total stays within the cap, so concurrent processes
 * can never count past it (the row lock of the upsert orders them).
 */
public final class PostgresDailyCaps implements DailyCaps {
    private final Jdbi jdbi;

    public PostgresDailyCaps(DataSource dataSource) {
        this.jdbi = DomainTypes.jdbi(dataSource);
    }

    @Override
    public Decision consume(DailyCapKind kind, LocalDate day, long amount, long cap) {
        if (amount < 1 || cap < 1) {
            throw new IllegalArgumentException("a spend and a cap are positive");
        }
        Optional<Long> counted = run(h -> h.createQuery("""
                        INSERT INTO daily_spend (kind, day, used) SELECT :kind, :day, :amount WHERE :amount <= :cap
                        ON CONFLICT (kind, day) DO UPDATE SET used = daily_spend.used + :amount
                            WHERE daily_spend.used <= :cap - :amount
                        RETURNING used""")
                .bind("kind", kind)
                .bind("day", day)
                .bind("amount", amount)
                .bind("cap", cap)
                .mapTo(Long.class)
                .findOne());
        return counted.map(used -> new Decision(true, used)).orElseGet(() -> new Decision(false, used(kind, day)));
    }

    @Override
    public long used(DailyCapKind kind, LocalDate day) {
        return run(h -> h.createQuery("SELECT used FROM daily_spend WHERE kind = :kind AND day = :day")
                .bind("kind", kind)
                .bind("day", day)
                .mapTo(Long.class)
                .findOne()
                .orElse(0L));
    }

    private <T> T run(Function<Handle, T> work) {
        try {
            return jdbi.withHandle(work::apply);
        } catch (JdbiException e) {
            throw SqlErrors.translate(e);
        }
    }
}
