package dev.stickerplatform.domain.port;

import static dev.stickerplatform.domain.port.SigningEventBuilder.aSigningEvent;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link AuditTrail}, for every implementation: extend it and return an empty trail from
 * {@link #newTrail}. Tampering with stored records is the adapters' own tests' business (only they can reach
 * the storage behind the port).
 */
public abstract class AuditTrailContractTest {
    protected AuditTrail trail;

    /** An empty trail. */
    protected abstract AuditTrail newTrail();

    @BeforeEach
    void createTrail() {
        trail = newTrail();
    }

    @Test
    void anEmptyTrailIsIntactWithNoRecords() {
        assertThat(trail.verify()).isEqualTo(new AuditCheck.Intact(0, AuditChain.GENESIS));
        assertThat(trail.newestFirst(null, 10)).isEmpty();
    }

    @Test
    void recordsAreNumberedFromOneAndEachFollowsTheOneBefore() {
        trail.record(aSigningEvent().withPurpose("first").build());
        trail.record(aSigningEvent().withPurpose("second").build());

        List<AuditRecord> records = trail.newestFirst(null, 10);
        assertThat(records).extracting(AuditRecord::seq).containsExactly(2L, 1L);
        assertThat(records.get(1).previousHash()).isEqualTo(AuditChain.GENESIS);
        assertThat(records.get(0).previousHash()).isEqualTo(records.get(1).hash());
        assertThat(records).allMatch(AuditRecord::intact);
    }

    @Test
    void aRecordReadsBackAsTheEventThatWasRecorded() {
        SigningEvent event = aSigningEvent().forAccount(TestData.address("rekeyed account"))
                .failed("SignerUnavailableException").requestedBy("cli keys rotate by ops").build();
        trail.record(event);
        assertThat(trail.newestFirst(null, 1).getFirst().event()).isEqualTo(event);
    }

    @Test
    void anEventWithoutTransactionOrRequesterReadsBackToo() {
        SigningEvent event = aSigningEvent().signing("MX a message").requestedBy(null).build();
        trail.record(event);
        assertThat(trail.newestFirst(null, 1).getFirst().event()).isEqualTo(event);
    }

    @Test
    void pagesGoBackwardsFromTheNewest() {
        for (int i = 1; i <= 5; i++) {
            trail.record(aSigningEvent().withPurpose("event " + i).build());
        }
        assertThat(trail.newestFirst(null, 2)).extracting(AuditRecord::seq).containsExactly(5L, 4L);
        assertThat(trail.newestFirst(4L, 2)).extracting(AuditRecord::seq).containsExactly(3L, 2L);
        assertThat(trail.newestFirst(2L, 2)).extracting(AuditRecord::seq).containsExactly(1L);
        assertThat(trail.newestFirst(1L, 2)).isEmpty();
    }

    @Test
    void aWrittenChainVerifiesIntactUpToItsNewestHash() {
        for (int i = 1; i <= 3; i++) {
            trail.record(aSigningEvent().withPurpose("event " + i).build());
        }
        assertThat(trail.verify()).isEqualTo(new AuditCheck.Intact(3, trail.newestFirst(null, 1).getFirst().hash()));
    }

    @Test
    void concurrentAppendsStayOneLinearChainWithoutGaps() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> writes = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                String purpose = "concurrent " + i;
                writes.add(pool.submit(() -> trail.record(aSigningEvent().withPurpose(purpose).build())));
            }
            for (Future<?> write : writes) {
                write.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(trail.verify()).isInstanceOfSatisfying(AuditCheck.Intact.class,
                intact -> assertThat(intact.records()).isEqualTo(80));
        assertThat(trail.newestFirst(null, 100)).extracting(AuditRecord::event).extracting(SigningEvent::purpose)
                .doesNotHaveDuplicates().hasSize(80);
    }
}
