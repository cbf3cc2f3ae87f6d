package dev.stickerplatform.application.audit;

import static dev.stickerplatform.domain.port.SigningEventBuilder.aSigningEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.domain.model.Hash32;
import dev.stickerplatform.domain.port.AuditChain;
import dev.stickerplatform.domain.port.AuditCheck;
import dev.stickerplatform.domain.port.AuditRecord;
import dev.stickerplatform.domain.port.AuditTrail;
import dev.stickerplatform.domain.port.SigningEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadAuditTrailServiceTest {
    /** Just enough trail for paging: records in a list. */
    private static final class ListTrail implements AuditTrail {
        final List<AuditRecord> records = new ArrayList<>();

        @Override
        public void record(SigningEvent event) {
            Hash32 previous = records.isEmpty() ? AuditChain.GENESIS : records.getLast().hash();
            records.add(AuditRecord.append(records.size() + 1L, event, previous));
        }

        @Override
        public List<AuditRecord> newestFirst(Long before, int limit) {
            return records.reversed().stream().filter(r -> before == null || r.seq() < before).limit(limit).toList();
        }

        @Override
        public AuditCheck verify() {
            return new AuditCheck.Intact(records.size(), records.getLast().hash());
        }
    }

    private final ListTrail trail = new ListTrail();
    private final ReadAuditTrailService service = new ReadAuditTrailService(trail);

    @Test
    void pagesBackwardsAndEndsAtTheFirstRecord() {
        for (int i = 0; i < 5; i++) {
            trail.record(aSigningEvent().build());
        }
        ReadAuditTrailService.Page first = service.page(null, 2);
        assertThat(first.records()).extracting(AuditRecord::seq).containsExactly(5L, 4L);
        ReadAuditTrailService.Page second = service.page(first.nextBefore(), 2);
        assertThat(second.records()).extracting(AuditRecord::seq).containsExactly(3L, 2L);
        ReadAuditTrailService.Page last = service.page(second.nextBefore(), 2);
        assertThat(last.records()).extracting(AuditRecord::seq).containsExactly(1L);
        assertThat(last.nextBefore()).isNull();
    }

    @Test
    void aFullPageEndingAtRecordOneHasNoNextPage() {
        trail.record(aSigningEvent().build());
        trail.record(aSigningEvent().build());
        assertThat(service.page(null, 2).nextBefore()).isNull();
    }

    @Test
    void refusesLimitsAndCursorsOutsideTheirRange() {
        assertThatThrownBy(() -> service.page(null, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service.page(null, 101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service.page(0L, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
