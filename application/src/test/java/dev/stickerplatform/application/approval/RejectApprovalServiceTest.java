package dev.stickerplatform.application.approval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.domain.model.Approval;
import dev.stickerplatform.domain.model.ApprovalKind;
import dev.stickerplatform.domain.model.ApprovalState;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.port.SignerRole;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Rejections: a pending approval is rejected for good (never signed or submitted afterwards); a submitted, an
 * expired or an already rejected one is closed; a tip jar's deployment is refused; an unknown one is not found.
 */
class RejectApprovalServiceTest {
    final ApprovalBed approvals = new ApprovalBed();

    @AfterEach
    void close() {
        approvals.close();
    }

    @Test
    void aPendingApprovalIsRejectedForGood() {
        Approval proposed = approvals.proposePayment();

        var rejected = (RejectApprovalService.RejectResult.Rejected) approvals.reject()
                .reject(proposed.id(), "admin-wallet", "not this week");

        assertThat(rejected.approval().state()).isEqualTo(ApprovalState.REJECTED);
        assertThat(rejected.approval().lastError()).isEqualTo("rejected by admin-wallet: not this week");
        assertThat(approvals.bed.store.approvals().find(proposed.id())).contains(rejected.approval());
        assertThat(approvals.sign(approvals.bed.chain).sign(proposed.id(), null, null, "admin"))
                .isInstanceOf(SignApprovalService.SignResult.Closed.class);
        assertThat(approvals.reject().reject(proposed.id(), "admin-wallet", null))
                .isInstanceOf(RejectApprovalService.RejectResult.Closed.class);
        approvals.bed.block();
        assertThat(approvals.payeeBalance()).isEqualTo(MicroAlgos.ZERO);
        assertThat(approvals.bed.transactions()).isZero();
    }

    @Test
    void aRejectionWithoutAReasonSaysWhoRejectedIt() {
        Approval proposed = approvals.proposePayment();

        var rejected = (RejectApprovalService.RejectResult.Rejected) approvals.reject()
                .reject(proposed.id(), "admin-wallet", " ");

        assertThat(rejected.approval().lastError()).isEqualTo("rejected by admin-wallet");
    }

    @Test
    void aSubmittedApprovalIsClosed() {
        Approval proposed = approvals.proposePayment();
        approvals.sign(approvals.bed.chain).sign(proposed.id(), null, null, "admin");

        var result = approvals.reject().reject(proposed.id(), "admin-wallet", "too late");

        assertThat(result).isInstanceOf(RejectApprovalService.RejectResult.Closed.class);
        assertThat(((RejectApprovalService.RejectResult.Closed) result).approval().state())
                .isEqualTo(ApprovalState.SUBMITTED);
        approvals.bed.block();
        assertThat(approvals.payeeBalance()).isEqualTo(ApprovalBed.AMOUNT);
    }

    @Test
    void aProposalPastItsWindowIsClosedWithoutAWrite() {
        Approval proposed = approvals.proposePayment();
        approvals.pastWindowOf(proposed);

        var result = approvals.reject().reject(proposed.id(), "admin-wallet", null);

        assertThat(((RejectApprovalService.RejectResult.Closed) result).approval().state())
                .isEqualTo(ApprovalState.EXPIRED);
        assertThat(approvals.bed.store.approvals().find(proposed.id())).contains(proposed);
    }

    @Test
    void aTipJarsDeploymentCannotBeRejected() {
        Approval deployment = approvals.propose(approvals.bed.chain).propose(ApprovalKind.DEPLOY_TIP_JAR,
                SignerRole.DEPLOYER, "create TipProxy", approvals.payment(approvals.bed.signer(SignerRole.DEPLOYER)
                        .address()), "creator");

        var result = approvals.reject().reject(deployment.id(), "admin-wallet", null);

        assertThat(result).isInstanceOf(RejectApprovalService.RejectResult.Refused.class);
        assertThat(((RejectApprovalService.RejectResult.Refused) result).reason()).contains("let it expire");
        assertThat(approvals.bed.store.approvals().find(deployment.id())).contains(deployment);
    }

    @Test
    void anUnknownApprovalIsNotFound() {
        assertThat(approvals.reject().reject(UUID.randomUUID(), "admin-wallet", null))
                .isInstanceOf(RejectApprovalService.RejectResult.NotFound.class);
    }
}
