package dev.stickerplatform.domain.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.domain.model.Hash32;
import dev.stickerplatform.domain.port.SessionStore.Rotation;
import dev.stickerplatform.domain.port.SessionStore.Session;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of {@link SessionStore}, for every implementation: extend it and return a store from {@link #newStore}. */
public abstract class SessionStoreContractTest {
    protected final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    protected SessionStore store;

    /** An empty store whose own housekeeping (if any) reads time from {@code clock}. */
    protected abstract SessionStore newStore(Clock clock);

    @BeforeEach
    void createStore() {
        store = newStore(clock);
    }

    @Test
    void anOpenedSessionIsFoundAsSaved() {
        Session session = aSession(hash("one"));
        store.open(session);

        assertThat(store.find(session.id())).contains(session);
        assertThat(store.find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void aSessionIdIsOpenedOnce() {
        Session session = aSession(hash("one"));
        store.open(session);

        assertThatThrownBy(() -> store.open(session)).isInstanceOf(DuplicateException.class);
    }

    @Test
    void theCurrentTokenRotatesOnceAndThenIsAReuseThatRevokesTheSession() {
        Session session = aSession(hash("one"));
        store.open(session);

        Rotation first = store.rotate(session.id(), hash("one"), hash("two"), clock.instant());
        assertThat(first).isInstanceOf(Rotation.Rotated.class);
        assertThat(((Rotation.Rotated) first).session().generation()).isEqualTo(1);
        assertThat(((Rotation.Rotated) first).session().tokenHash()).isEqualTo(hash("two"));

        assertThat(store.rotate(session.id(), hash("one"), hash("three"), clock.instant()))
                .isInstanceOf(Rotation.Reused.class);
        assertThat(store.find(session.id()).orElseThrow().revokedAt()).isNotNull();
        assertThat(store.rotate(session.id(), hash("two"), hash("four"), clock.instant()))
                .isInstanceOf(Rotation.Ended.class);
    }

    @Test
    void anExpiredOrUnknownSessionNeverRotates() {
        Session session = aSession(hash("one"));
        store.open(session);

        assertThat(store.rotate(UUID.randomUUID(), hash("one"), hash("two"), clock.instant()))
                .isInstanceOf(Rotation.Unknown.class);
        assertThat(store.rotate(session.id(), hash("one"), hash("two"), session.expiresAt()))
                .isInstanceOf(Rotation.Ended.class);
        assertThat(store.find(session.id()).orElseThrow().tokenHash()).isEqualTo(hash("one"));
    }

    @Test
    void ofConcurrentRotationsWithTheSameTokenExactlyOneSucceeds() {
        Session session = aSession(hash("one"));
        store.open(session);

        List<Rotation> outcomes = Race.run(8, i -> store.rotate(session.id(), hash("one"), hash("next" + i),
                clock.instant()));

        assertThat(outcomes).filteredOn(Rotation.Rotated.class::isInstance).hasSize(1);
        assertThat(store.find(session.id()).orElseThrow().revokedAt()).isNotNull();
    }

    @Test
    void revokingEndsOneSessionOnce() {
        Session session = aSession(hash("one"));
        Session other = aSession(hash("other"));
        store.open(session);
        store.open(other);

        assertThat(store.revoke(session.id(), clock.instant())).isTrue();
        assertThat(store.revoke(session.id(), clock.instant())).isFalse();
        assertThat(store.find(session.id()).orElseThrow().isActive(clock.instant())).isFalse();
        assertThat(store.find(other.id()).orElseThrow().isActive(clock.instant())).isTrue();
        assertThat(store.rotate(session.id(), hash("one"), hash("two"), clock.instant()))
                .isInstanceOf(Rotation.Ended.class);
    }

    @Test
    void revokingAllOfAWalletsSessionsLeavesOtherWalletsAlone() {
        Session first = aSession(hash("a"));
        Session second = aSession(hash("b"));
        Session creators = new Session(UUID.randomUUID(), TestData.CREATOR, "creator", TestData.CREATOR, hash("c"), 0,
                clock.instant(), clock.instant().plus(Duration.ofDays(30)), null);
        store.open(first);
        store.open(second);
        store.open(creators);
        store.revoke(second.id(), clock.instant());

        assertThat(store.revokeAll(TestData.FAN, clock.instant())).isEqualTo(1);
        assertThat(store.find(first.id()).orElseThrow().revokedAt()).isNotNull();
        assertThat(store.find(creators.id()).orElseThrow().revokedAt()).isNull();
    }

    private Session aSession(Hash32 tokenHash) {
        Instant now = clock.instant();
        return new Session(UUID.randomUUID(), TestData.FAN, "fan", TestData.FAN, tokenHash, 0, now,
                now.plus(Duration.ofDays(30)), null);
    }

    private static Hash32 hash(String token) {
        return Hash32.of(dev.stickerplatform.domain.model.Hashes.sha256(token.getBytes(
                java.nio.charset.StandardCharsets.UTF_8)));
    }
}
