package dev.stickerplatform.adapters.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.domain.port.ChallengeStore;
import dev.stickerplatform.domain.port.ChallengeStore.Challenge;
import dev.stickerplatform.domain.port.ChallengeStoreContractTest;
import dev.stickerplatform.domain.port.TestData;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresChallengeStoreTest extends ChallengeStoreContractTest {
    @RegisterExtension
    static final PostgresExtension db = new PostgresExtension();

    @Override
    protected ChallengeStore newStore(Clock clock) {
        db.truncate();
        return db.database().challengeStore(clock);
    }

    @Test
    void expiredChallengesArePurgedByLaterSaves() throws SQLException {
        store.save(challenge("a", Duration.ofMinutes(5)));
        store.save(challenge("b", Duration.ofMinutes(5)));

        clock.advance(Duration.ofMinutes(5));
        store.save(challenge("c", Duration.ofMinutes(5)));

        assertThat(rows()).isEqualTo(1);
    }

    @Test
    void savingANonceAgainReplacesItsChallenge() {
        store.save(challenge("again", Duration.ofMinutes(1)));
        Challenge newer = challenge("again", Duration.ofMinutes(5));
        store.save(newer);

        assertThat(store.consume("again", clock.instant())).contains(newer);
    }

    @Test
    void aNonceNoChallengeCanHaveIsSimplyAbsent() {
        assertThat(store.consume("nul\u0000nonce", clock.instant())).isEmpty();
    }

    private Challenge challenge(String nonce, Duration ttl) {
        Instant now = clock.instant();
        return new Challenge(nonce, TestData.FAN, "message " + nonce, now, now.plus(ttl));
    }

    private static long rows() throws SQLException {
        try (Connection connection = db.newDataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT count(*) FROM auth_challenges")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
