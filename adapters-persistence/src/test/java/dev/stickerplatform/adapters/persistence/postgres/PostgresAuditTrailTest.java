package dev.stickerplatform.adapters.persistence.postgres;

import static dev.stickerplatform.domain.port.SigningEventBuilder.aSigningEvent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.domain.port.AuditCheck;
import dev.stickerplatform.domain.port.AuditTrail;
import dev.stickerplatform.domain.port.AuditTrailContractTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The audit trail in PostgreSQL, and what it tells when someone edits its table behind its back. */
class PostgresAuditTrailTest extends AuditTrailContractTest {
    @RegisterExtension
    static final PostgresExtension db = new PostgresExtension();

    @Override
    protected AuditTrail newTrail() {
        db.execute("TRUNCATE signing_audit; UPDATE signing_audit_head SET seq = 0, hash = '\\x"
                + "0".repeat(64) + "'");
        return db.database().auditTrail();
    }

    private void recordFive() {
        for (int i = 1; i <= 5; i++) {
            trail.record(aSigningEvent().withPurpose("event " + i).build());
        }
    }

    private AuditCheck.Broken broken() {
        AuditCheck check = trail.verify();
        assertThat(check).isInstanceOf(AuditCheck.Broken.class);
        return (AuditCheck.Broken) check;
    }

    @Test
    void anUpdateOfOneRowIsReportedAtThatRow() {
        recordFive();
        db.execute("UPDATE signing_audit SET purpose = 'nothing to see here' WHERE seq = 3");

        AuditCheck.Broken broken = broken();
        assertThat(broken.seq()).isEqualTo(3);
        assertThat(broken.reason()).contains("changed after it was written");
    }

    @Test
    void anUpdateThatMakesARowUnreadableIsReportedNotThrown() {
        recordFive();
        db.execute("UPDATE signing_audit SET role = 'NOBODY' WHERE seq = 2");

        assertThat(broken().seq()).isEqualTo(2);
    }

    @Test
    void aDeletedRowInTheMiddleIsReported() {
        recordFive();
        db.execute("DELETE FROM signing_audit WHERE seq = 4");

        AuditCheck.Broken broken = broken();
        assertThat(broken.seq()).isEqualTo(4);
        assertThat(broken.reason()).contains("missing");
    }

    @Test
    void rowsDeletedFromTheEndAreReportedThroughTheHead() {
        recordFive();
        db.execute("DELETE FROM signing_audit WHERE seq >= 4");

        AuditCheck.Broken broken = broken();
        assertThat(broken.seq()).isEqualTo(4);
        assertThat(broken.reason()).contains("deleted from the end");
    }

    @Test
    void aRowRewrittenWithAFreshHashBreaksTheLinkToTheNextRow() {
        recordFive();
        db.execute("UPDATE signing_audit SET hash = sha256(hash) WHERE seq = 2");

        assertThat(broken().seq()).isEqualTo(2);
    }

    @Test
    void appendsFromSeveralProcessesStayOneChain() throws Exception {
        List<AuditTrail> processes = List.of(new PostgresAuditTrail(db.newDataSource()),
                new PostgresAuditTrail(db.newDataSource()), new PostgresAuditTrail(db.newDataSource()));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> writes = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                AuditTrail process = processes.get(i % processes.size());
                String purpose = "process " + (i % processes.size()) + " event " + i;
                writes.add(pool.submit(() -> process.record(aSigningEvent().withPurpose(purpose).build())));
            }
            for (Future<?> write : writes) {
                write.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(trail.verify()).isInstanceOfSatisfying(AuditCheck.Intact.class,
                intact -> assertThat(intact.records()).isEqualTo(60));
    }
}
