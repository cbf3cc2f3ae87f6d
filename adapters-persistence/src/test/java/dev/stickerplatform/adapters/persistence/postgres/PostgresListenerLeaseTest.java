package dev.stickerplatform.adapters.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.domain.port.Race;
import dev.stickerplatform.domain.port.StoreUnavailableException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.postgresql.ds.PGSimpleDataSource;

/** Two (or more) listener processes, each with a DataSource of its own, competing for one lease. */
class PostgresListenerLeaseTest {
    @RegisterExtension
    static final PostgresExtension db = new PostgresExtension();
    private final List<PostgresListenerLease> leases = new ArrayList<>();

    @AfterEach
    void releaseAll() {
        leases.forEach(PostgresListenerLease::close);
    }

    @Test
    void ofTwoProcessesExactlyOneLeads() {
        PostgresListenerLease first = process();
        PostgresListenerLease second = process();

        assertThat(first.tryAcquire()).isTrue();
        assertThat(second.tryAcquire()).isFalse();
        assertThat(first.isHeld()).isTrue();
        assertThat(second.isHeld()).isFalse();
        assertThat(first.tryAcquire()).as("asking again while holding").isTrue();
    }

    @Test
    void whenTheLeaderLetsGoTheOtherTakesOver() {
        PostgresListenerLease leader = process();
        PostgresListenerLease standby = process();
        leader.tryAcquire();

        leader.close();

        assertThat(leader.isHeld()).isFalse();
        assertThat(standby.tryAcquire()).isTrue();
        assertThat(leader.tryAcquire()).isFalse();
    }

    @Test
    void whenTheLeadersConnectionDiesTheOtherTakesOver() {
        PostgresListenerLease leader = process();
        PostgresListenerLease standby = process();
        leader.tryAcquire();

        db.execute("SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND granted"
                + " AND classid::bigint = " + (key() >>> 32) + " AND objid::bigint = " + (key() & 0xffffffffL)
                + " AND objsubid = 1");

        assertThat(leader.isHeld()).isFalse();
        assertThat(standby.tryAcquire()).isTrue();
    }

    @Test
    void ofManyRacingProcessesExactlyOneLeads() {
        List<PostgresListenerLease> racing = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            racing.add(process());
        }

        List<Boolean> won = Race.run(8, i -> racing.get(i).tryAcquire());

        assertThat(won).containsOnlyOnce(true);
    }

    @Test
    void anUnreachableDatabaseIsStoreUnavailable() {
        PGSimpleDataSource nowhere = new PGSimpleDataSource();
        nowhere.setURL("jdbc:postgresql://127.0.0.1:1/test");
        PostgresListenerLease lease = new PostgresListenerLease(nowhere, key());

        assertThatThrownBy(lease::tryAcquire).isInstanceOf(StoreUnavailableException.class);
        assertThat(lease.isHeld()).isFalse();
    }

    @Test
    void theKeyDependsOnTheSchema() {
        assertThat(PostgresListenerLease.keyFor("a")).isEqualTo(PostgresListenerLease.keyFor("a"))
                .isNotEqualTo(PostgresListenerLease.keyFor("b"));
    }

    private PostgresListenerLease process() {
        PostgresListenerLease lease = new PostgresListenerLease(db.newDataSource(), key());
        leases.add(lease);
        return lease;
    }

    private static long key() {
        return PostgresListenerLease.keyFor(db.config().schema());
    }
}
