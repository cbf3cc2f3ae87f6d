package dev.stickerplatform.application.approval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.application.ObservedStore;
import dev.stickerplatform.domain.model.Approval;
import dev.stickerplatform.domain.model.ApprovalState;
import dev.stickerplatform.domain.port.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Listing shows the approvals as they stand on the chain, under the state the chain decided, in the store's order
 * and pages, whether or not the follow-up has recorded it yet; and it writes nothing.
 */
class ListApprovalsServiceTest {
    final ApprovalBed approvals = new ApprovalBed();
    final ObservedStore observed = new ObservedStore(approvals.bed.store);
    final ListApprovalsService list = new ListApprovalsService(observed.store(), approvals.bed.chain,
            approvals.bed.clock);

    @AfterEach
    void close() {
        approvals.close();
    }

    @Test
    void listingShowsWhatTheChainDecidedAndWritesNothing() {
        Approval confirmed = signed(approvals.proposePayment());
        approvals.bed.block();
        Approval expired = approvals.proposePayment();
        approvals.pastWindowOf(expired);
        Approval pending = approvals.proposePayment();
        List<Approval> recorded = approvals.bed.store.approvals().list(null, PageRequest.first(10));

        assertThat(list.list(null, PageRequest.first(10))).extracting(Approval::id, Approval::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple(pending.id(), ApprovalState.PENDING),
                org.assertj.core.groups.Tuple.tuple(expired.id(), ApprovalState.EXPIRED),
                org.assertj.core.groups.Tuple.tuple(confirmed.id(), ApprovalState.CONFIRMED));
        assertThat(ids(ApprovalState.PENDING)).containsExactly(pending.id());
        assertThat(ids(ApprovalState.SUBMITTED)).isEmpty();
        assertThat(ids(ApprovalState.CONFIRMED)).containsExactly(confirmed.id());
        assertThat(ids(ApprovalState.EXPIRED)).containsExactly(expired.id());
        assertThat(ids(ApprovalState.REJECTED)).isEmpty();

        assertThat(observed.calls("Approvals.save")).isZero();
        assertThat(observed.calls("Approvals.insert")).isZero();
        assertThat(approvals.bed.store.approvals().list(null, PageRequest.first(10))).isEqualTo(recorded);

        // once the follow-up has recorded it, the lists are the same
        approvals.follow(approvals.bed.chain).followUp();
        assertThat(ids(ApprovalState.CONFIRMED)).containsExactly(confirmed.id());
        assertThat(ids(ApprovalState.EXPIRED)).containsExactly(expired.id());
        assertThat(ids(ApprovalState.PENDING)).containsExactly(pending.id());
    }

    @Test
    void everyPageOfConfirmedOnesMergesTheRecordedAndTheNotYetRecordedInOrder() {
        List<Approval> proposed = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            proposed.add(approvals.proposePayment());
        }
        // every other one confirmed and recorded by the follow-up; the rest confirmed on chain only
        for (int i = 0; i < proposed.size(); i += 2) {
            signed(proposed.get(i));
        }
        approvals.bed.block();
        approvals.follow(approvals.bed.chain).followUp();
        for (int i = 1; i < proposed.size(); i += 2) {
            signed(proposed.get(i));
        }
        approvals.bed.block();
        List<UUID> newestFirst = proposed.reversed().stream().map(Approval::id).toList();

        for (int offset = 0; offset <= 8; offset++) {
            for (int limit = 1; limit <= 8; limit++) {
                List<UUID> page = list.list(ApprovalState.CONFIRMED, new PageRequest(limit, offset)).stream()
                        .map(Approval::id).toList();
                assertThat(page).as("limit %d offset %d", limit, offset).isEqualTo(newestFirst.subList(
                        Math.min(offset, newestFirst.size()), Math.min(offset + limit, newestFirst.size())));
            }
        }
        assertThat(list.list(ApprovalState.SUBMITTED, PageRequest.first(10))).isEmpty();
        assertThat(observed.calls("Approvals.save")).isZero();
    }

    private Approval signed(Approval proposed) {
        return ((SignApprovalService.SignResult.Signed) approvals.sign(approvals.bed.chain)
                .sign(proposed.id(), null, null, "admin")).approval();
    }

    private List<UUID> ids(ApprovalState state) {
        return list.list(state, PageRequest.first(10)).stream().map(Approval::id).toList();
    }
}
