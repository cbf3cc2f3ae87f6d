package dev.stickerplatform.domain.port;

import static dev.stickerplatform.domain.port.SigningEventBuilder.aSigningEvent;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {
    private static List<AuditRecord> chain(int length) {
        List<AuditRecord> records = new ArrayList<>();
        var previous = AuditChain.GENESIS;
        for (int i = 1; i <= length; i++) {
            AuditRecord record = AuditRecord.append(i, aSigningEvent().withPurpose("event " + i).build(), previous);
            records.add(record);
            previous = record.hash();
        }
        return records;
    }

    private static AuditCheck walk(List<AuditRecord> stored, AuditRecord head) {
        AuditChain.Walk walk = new AuditChain.Walk();
        stored.forEach(walk::next);
        return walk.result(head.seq(), head.hash());
    }

    @Test
    void anUntouchedChainIsIntact() {
        List<AuditRecord> records = chain(4);
        assertThat(walk(records, records.getLast())).isEqualTo(new AuditCheck.Intact(4, records.getLast().hash()));
    }

    @Test
    void aChangedFieldBreaksTheChainAtThatRecord() {
        List<AuditRecord> records = chain(4);
        AuditRecord original = records.get(1);
        SigningEvent e = original.event();
        SigningEvent edited = new SigningEvent(e.at(), e.role(), e.address(), e.keyId(), "innocent purpose",
                e.sha512256(), e.txId(), e.length(), e.outcome(), e.failure(), e.account(), e.kind(), e.requester());
        records.set(1, new AuditRecord(2, edited, original.previousHash(), original.hash()));

        assertThat(walk(records, records.getLast())).isInstanceOfSatisfying(AuditCheck.Broken.class, broken -> {
            assertThat(broken.seq()).isEqualTo(2);
            assertThat(broken.reason()).contains("changed after it was written");
        });
    }

    @Test
    void aRecordRewrittenWithAFreshHashBreaksTheLinkToTheNextOne() {
        List<AuditRecord> records = chain(4);
        AuditRecord original = records.get(1);
        records.set(1, AuditRecord.append(2, aSigningEvent().withPurpose("forged").build(), original.previousHash()));

        assertThat(walk(records, records.getLast())).isInstanceOfSatisfying(AuditCheck.Broken.class,
                broken -> assertThat(broken.seq()).isEqualTo(3));
    }

    @Test
    void aDeletedRecordIsNamed() {
        List<AuditRecord> records = chain(4);
        AuditRecord head = records.getLast();
        records.remove(2);

        assertThat(walk(records, head)).isInstanceOfSatisfying(AuditCheck.Broken.class, broken -> {
            assertThat(broken.seq()).isEqualTo(3);
            assertThat(broken.reason()).contains("missing");
        });
    }

    @Test
    void recordsDeletedFromTheEndAreFoundThroughTheHead() {
        List<AuditRecord> records = chain(4);
        AuditRecord head = records.getLast();
        records.removeLast();

        assertThat(walk(records, head)).isInstanceOfSatisfying(AuditCheck.Broken.class, broken -> {
            assertThat(broken.seq()).isEqualTo(4);
            assertThat(broken.reason()).contains("deleted from the end");
        });
    }

    @Test
    void everyFieldCountsNullIsNotEmptyAndTimeIsKeptToTheMicrosecond() {
        SigningEvent withNull = aSigningEvent().requestedBy(null).build();
        SigningEvent withEmpty = aSigningEvent().requestedBy("").build();
        assertThat(AuditRecord.append(1, withNull, AuditChain.GENESIS).hash())
                .isNotEqualTo(AuditRecord.append(1, withEmpty, AuditChain.GENESIS).hash());
        assertThat(aSigningEvent().at(Instant.parse("2025-01-01T00:00:00.123456789Z")).build().at())
                .isEqualTo(Instant.parse("2025-01-01T00:00:00.123456Z"));
    }
}
