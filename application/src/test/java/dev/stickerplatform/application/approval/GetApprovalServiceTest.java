package dev.stickerplatform.application.approval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.application.LosingChain;
import dev.stickerplatform.application.ObservedStore;
import dev.stickerplatform.domain.model.Approval;
import dev.stickerplatform.domain.model.ApprovalState;
import dev.stickerplatform.domain.model.MicroAlgos;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Reading one approval shows how it stands on the chain (confirmed, expired) but writes nothing: no store write,
 * no submit; the follow-up records it.
 */
class GetApprovalServiceTest {
    final ApprovalBed approvals = new ApprovalBed();
    final ObservedStore observed = new ObservedStore(approvals.bed.store);
    final GetApprovalService get = new GetApprovalService(observed.store(), approvals.bed.chain,
            approvals.bed.clock);

    @AfterEach
    void close() {
        approvals.close();
    }

    @Test
    void aPendingApprovalIsAsRecorded() {
        Approval proposed = approvals.proposePayment();

        assertThat(get.find(proposed.id())).contains(proposed);
    }

    @Test
    void aConfirmedApprovalIsSeenConfirmedAndNothingIsWritten() {
        Approval proposed = approvals.proposePayment();
        var signed = (SignApprovalService.SignResult.Signed) approvals.sign(approvals.bed.chain)
                .sign(proposed.id(), null, null, "admin");
        approvals.bed.block();

        Approval seen = get.find(proposed.id()).orElseThrow();

        assertThat(seen.state()).isEqualTo(ApprovalState.CONFIRMED);
        assertThat(seen.confirmedRound()).isNotNull();
        assertNothingWritten();
        assertThat(approvals.bed.store.approvals().find(proposed.id())).contains(signed.approval());

        approvals.follow(approvals.bed.chain).followUp();
        Approval recorded = approvals.bed.store.approvals().find(proposed.id()).orElseThrow();
        assertThat(recorded.state()).isEqualTo(ApprovalState.CONFIRMED);
        assertThat(recorded.confirmedRound()).isEqualTo(seen.confirmedRound());
    }

    @Test
    void aProposalPastItsWindowIsSeenExpiredAndNothingIsWritten() {
        Approval proposed = approvals.proposePayment();
        approvals.pastWindowOf(proposed);

        assertThat(get.find(proposed.id()).orElseThrow().state()).isEqualTo(ApprovalState.EXPIRED);
        assertNothingWritten();
        assertThat(approvals.bed.store.approvals().find(proposed.id())).contains(proposed);
    }

    @Test
    void aReadSubmitsNothingTheFollowUpDoes() {
        Approval proposed = approvals.proposePayment();
        approvals.sign(new LosingChain(approvals.bed.chain)).sign(proposed.id(), null, null, "admin");

        assertThat(get.find(proposed.id()).orElseThrow().state()).isEqualTo(ApprovalState.SUBMITTED);
        approvals.bed.block();
        assertThat(get.find(proposed.id()).orElseThrow().state()).isEqualTo(ApprovalState.SUBMITTED);
        assertThat(approvals.payeeBalance()).isEqualTo(MicroAlgos.ZERO);

        approvals.follow(approvals.bed.chain).followUp();
        approvals.bed.block();
        assertThat(get.find(proposed.id()).orElseThrow().state()).isEqualTo(ApprovalState.CONFIRMED);
        assertNothingWritten();
    }

    @Test
    void anUnknownApprovalIsNotFound() {
        assertThat(get.find(UUID.randomUUID())).isEmpty();
    }

    private void assertNothingWritten() {
        assertThat(observed.calls("Approvals.save")).isZero();
        assertThat(observed.calls("Approvals.insert")).isZero();
        assertThat(observed.calls("Approvals.find")).isPositive();
    }
}
