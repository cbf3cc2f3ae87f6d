package dev.stickerplatform.application.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.application.CrashAfterSubmit;
import dev.stickerplatform.application.LosingChain;
import dev.stickerplatform.domain.model.Approval;
import dev.stickerplatform.domain.model.ApprovalState;
import dev.stickerplatform.domain.model.MicroAlgos;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The follow-up, the one place that records how an approval ended: submitted → confirmed, a proposal nobody
 * approves in its window or a submitted write that never confirms → expired, and the kill points around the
 * approved transaction's submit (executed once).
 */
class FollowApprovalsServiceTest {
    final ApprovalBed approvals = new ApprovalBed();

    @AfterEach
    void close() {
        approvals.close();
    }

    @Test
    void anApprovedOperationIsRecordedConfirmed() {
        Approval proposed = approvals.proposePayment();
        approvals.sign(approvals.bed.chain).sign(proposed.id(), null, null, "admin");
        approvals.bed.block();

        assertThat(approvals.follow(approvals.bed.chain).followUp()).isEqualTo(1);

        Approval confirmed = approvals.bed.store.approvals().find(proposed.id()).orElseThrow();
        assertThat(confirmed.state()).isEqualTo(ApprovalState.CONFIRMED);
        assertThat(confirmed.confirmedRound()).isNotNull();
        assertThat(approvals.payeeBalance()).isEqualTo(ApprovalBed.AMOUNT);
        assertThat(approvals.follow(approvals.bed.chain).followUp()).as("nothing open any more").isZero();
    }

    @Test
    void itCountsEveryOpenApprovalItLookedAt() {
        Approval signed = approvals.proposePayment();
        approvals.sign(approvals.bed.chain).sign(signed.id(), null, null, "admin");
        approvals.proposePayment();
        approvals.bed.block();

        assertThat(approvals.follow(approvals.bed.chain).followUp())
                .as("the submitted one (now confirmed) and the pending one").isEqualTo(2);
        assertThat(approvals.follow(approvals.bed.chain).followUp()).as("the pending one").isEqualTo(1);
    }

    @Test
    void aProposalNobodyApprovesInItsWindowExpires() {
        Approval proposed = approvals.proposePayment();
        approvals.pastWindowOf(proposed);

        approvals.follow(approvals.bed.chain).followUp();

        assertThat(approvals.bed.store.approvals().find(proposed.id()).orElseThrow().state())
                .isEqualTo(ApprovalState.EXPIRED);
        assertThat(approvals.sign(approvals.bed.chain).sign(proposed.id(), null, null, "late admin"))
                .isInstanceOf(SignApprovalService.SignResult.Closed.class);
        assertThat(approvals.payeeBalance()).isEqualTo(MicroAlgos.ZERO);
    }

    @Test
    void anApprovedTransactionThatNeverConfirmsExpires() {
        LosingChain losing = new LosingChain(approvals.bed.chain);
        Approval proposed = approvals.proposePayment();
        approvals.sign(losing).sign(proposed.id(), null, null, "admin");
        approvals.pastWindowOf(proposed);

        approvals.follow(losing).followUp();

        assertThat(approvals.bed.store.approvals().find(proposed.id()).orElseThrow().state())
                .isEqualTo(ApprovalState.EXPIRED);
        assertThat(approvals.payeeBalance()).isEqualTo(MicroAlgos.ZERO);
    }

    @Test
    void killedRightAfterSubmittingTheApprovedTransactionTheFollowUpExecutesItOnce() {
        Approval proposed = approvals.proposePayment();
        assertThatThrownBy(() -> approvals.sign(new CrashAfterSubmit(approvals.bed.chain, 1))
                .sign(proposed.id(), null, null, "admin")).isInstanceOf(CrashAfterSubmit.Crash.class);
        assertThat(approvals.bed.store.approvals().find(proposed.id()).orElseThrow().state())
                .isEqualTo(ApprovalState.SUBMITTED);

        FollowApprovalsService restarted = approvals.follow(approvals.bed.chain);
        restarted.followUp();
        approvals.bed.block();
        restarted.followUp();

        assertThat(approvals.bed.store.approvals().find(proposed.id()).orElseThrow().state())
                .isEqualTo(ApprovalState.CONFIRMED);
        assertThat(approvals.payeeBalance()).isEqualTo(ApprovalBed.AMOUNT);
        assertThat(approvals.bed.transactions()).isEqualTo(1);
    }

    @Test
    void killedBeforeTheApprovedTransactionReachedTheChainTheFollowUpSubmitsIt() {
        Approval proposed = approvals.proposePayment();
        approvals.sign(new LosingChain(approvals.bed.chain)).sign(proposed.id(), null, null, "admin");

        approvals.follow(approvals.bed.chain).followUp();
        approvals.bed.block();
        approvals.follow(approvals.bed.chain).followUp();

        assertThat(approvals.bed.store.approvals().find(proposed.id()).orElseThrow().state())
                .isEqualTo(ApprovalState.CONFIRMED);
        assertThat(approvals.payeeBalance()).isEqualTo(ApprovalBed.AMOUNT);
    }
}
