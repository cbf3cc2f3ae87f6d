package dev.stickerplatform.application.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.domain.model.Approval;
import dev.stickerplatform.domain.model.ApprovalKind;
import dev.stickerplatform.domain.model.ApprovalState;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.port.PageRequest;
import dev.stickerplatform.domain.port.SignerRole;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Proposing a high-value operation: recorded as pending, nothing on chain; once per operation with proposeOnce. */
class ProposeApprovalServiceTest {
    final ApprovalBed approvals = new ApprovalBed();

    @AfterEach
    void close() {
        approvals.close();
    }

    @Test
    void aProposalWaitsForItsApproval() {
        Approval proposed = approvals.proposePayment();

        assertThat(proposed.state()).isEqualTo(ApprovalState.PENDING);
        assertThat(proposed.threshold()).isEqualTo(1);
        assertThat(proposed.signatures()).isEmpty();
        assertThat(approvals.bed.store.approvals().find(proposed.id())).contains(proposed);
        approvals.bed.block();
        assertThat(approvals.payeeBalance()).isEqualTo(MicroAlgos.ZERO);
    }

    @Test
    void aMultisigProposalWaitsForItsThreshold() {
        ApprovalBed.Multisig admins = approvals.new Multisig();

        Approval proposed = admins.proposePayment();

        assertThat(proposed.threshold()).isEqualTo(2);
        assertThat(proposed.account()).isEqualTo(admins.account.address());
        assertThat(proposed.multisig()).isEqualTo(admins.account);
    }

    @Test
    void aTransactionSentByAnotherAccountCannotBeProposed() {
        assertThatThrownBy(() -> approvals.proposePayment(approvals.propose(approvals.bed.chain),
                approvals.bed.signer(SignerRole.MINTER).address()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ADMIN");
        assertThat(approvals.bed.store.approvals().list(null, PageRequest.first(10))).isEmpty();
    }

    @Test
    void proposingTheSameOperationTwiceRecordsOneApproval() {
        ProposeApprovalService proposals = approvals.propose(approvals.bed.chain);
        UUID id = UUID.randomUUID();

        Approval first = proposals.proposeOnce(id, ApprovalKind.FAUCET_PAYMENT, SignerRole.ADMIN, "pay",
                approvals.payment(approvals.bed.signer(SignerRole.ADMIN).address()), "admin");
        Approval second = proposals.proposeOnce(id, ApprovalKind.FAUCET_PAYMENT, SignerRole.ADMIN, "pay",
                approvals.payment(approvals.bed.signer(SignerRole.ADMIN).address()), "admin");

        assertThat(second).isEqualTo(first);
        assertThat(approvals.bed.store.approvals().list(null, PageRequest.first(10))).containsExactly(first);
    }

    @Test
    void aPreparedProposalIsRecordedByItsCaller() {
        ProposeApprovalService proposals = approvals.propose(approvals.bed.chain);

        Approval prepared = proposals.prepare(ApprovalKind.FAUCET_PAYMENT, SignerRole.ADMIN, "pay",
                approvals.payment(approvals.bed.signer(SignerRole.ADMIN).address()), "admin");

        assertThat(prepared.state()).isEqualTo(ApprovalState.PENDING);
        assertThat(approvals.bed.store.approvals().find(prepared.id())).isEmpty();
    }
}
