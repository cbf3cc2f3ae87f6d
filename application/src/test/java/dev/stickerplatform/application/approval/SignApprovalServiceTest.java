package dev.stickerplatform.application.approval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.adapters.persistence.memory.SeededRandomness;
import dev.stickerplatform.domain.model.Approval;
import dev.stickerplatform.domain.model.ApprovalKind;
import dev.stickerplatform.domain.model.ApprovalState;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.SignerRole;
import dev.stickerplatform.domain.port.TestKeys;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Signatures on the in-memory store and the simulated chain, for a platform-held key and for a 2-of-3 multisig:
 * proposed → approved (signed, recorded, submitted), a refused signature, a signature handed in twice, an approval
 * that no longer takes signatures, one that is not found, and a transaction the chain refuses.
 */
class SignApprovalServiceTest {
    final ApprovalBed approvals = new ApprovalBed();

    @AfterEach
    void close() {
        approvals.close();
    }

    @Test
    void anApprovedOperationIsRecordedThenSubmitted() {
        Approval proposed = approvals.proposePayment();

        var signed = (SignApprovalService.SignResult.Signed) approvals.sign(approvals.bed.chain)
                .sign(proposed.id(), null, null, "admin");

        assertThat(signed.approval().state()).isEqualTo(ApprovalState.SUBMITTED);
        assertThat(signed.approval().signatures()).hasSize(1);
        assertThat(approvals.bed.store.approvals().find(proposed.id())).contains(signed.approval());
        assertThat(approvals.bed.ledger.isPending(signed.approval().write().txId())).isTrue();
        approvals.bed.block();
        assertThat(approvals.payeeBalance()).isEqualTo(ApprovalBed.AMOUNT);
    }

    @Test
    void approvingTwiceSubmitsOnce() {
        Approval proposed = approvals.proposePayment();
        SignApprovalService signatures = approvals.sign(approvals.bed.chain);
        signatures.sign(proposed.id(), null, null, "first admin");

        var again = signatures.sign(proposed.id(), null, null, "second admin");

        assertThat(again).isInstanceOf(SignApprovalService.SignResult.Closed.class);
        approvals.bed.block();
        var third = signatures.sign(proposed.id(), null, null, "third admin");
        assertThat(third).isInstanceOf(SignApprovalService.SignResult.Closed.class);
        assertThat(((SignApprovalService.SignResult.Closed) third).approval().state())
                .isEqualTo(ApprovalState.CONFIRMED);
        assertThat(approvals.payeeBalance()).isEqualTo(ApprovalBed.AMOUNT);
        assertThat(approvals.bed.transactions()).isEqualTo(1);
    }

    @Test
    void aSignatureForAPlatformKeyIsRefused() {
        Approval proposed = approvals.proposePayment();
        Signer someone = TestKeys.newSigner();

        var result = approvals.sign(approvals.bed.chain).sign(proposed.id(), someone.address(),
                someone.sign(proposed.txn().bytesToSign()), "admin");

        assertThat(result).isInstanceOf(SignApprovalService.SignResult.Refused.class);
        assertThat(approvals.bed.store.approvals().find(proposed.id())).contains(proposed);
    }

    @Test
    void anUnknownApprovalIsNotFound() {
        assertThat(approvals.sign(approvals.bed.chain).sign(UUID.randomUUID(), null, null, "admin"))
                .isInstanceOf(SignApprovalService.SignResult.NotFound.class);
    }

    @Test
    void aProposalPastItsWindowIsClosedAndTheFollowUpRecordsItsExpiry() {
        Approval proposed = approvals.proposePayment();
        approvals.pastWindowOf(proposed);

        var late = approvals.sign(approvals.bed.chain).sign(proposed.id(), null, null, "late admin");

        assertThat(late).isInstanceOf(SignApprovalService.SignResult.Closed.class);
        assertThat(((SignApprovalService.SignResult.Closed) late).approval().state())
                .isEqualTo(ApprovalState.EXPIRED);
        assertThat(approvals.bed.store.approvals().find(proposed.id())).as("only the follow-up records it")
                .contains(proposed);
        approvals.bed.block();
        assertThat(approvals.payeeBalance()).isEqualTo(MicroAlgos.ZERO);
    }

    @Test
    void aTransactionTheChainRefusesKeepsTheReason() {
        Signer poorAdmin = TestKeys.newSigner();
        var bed = approvals.bed;
        var proposed = new ProposeApprovalService(bed.store, bed.chain,
                role -> role == SignerRole.ADMIN ? poorAdmin : bed.signer(role), new SeededRandomness(1), bed.clock)
                .propose(ApprovalKind.FAUCET_PAYMENT, SignerRole.ADMIN, "pay", approvals.payment(poorAdmin.address()),
                        "admin");

        var signed = (SignApprovalService.SignResult.Signed) new SignApprovalService(bed.store, bed.chain,
                role -> role == SignerRole.ADMIN ? poorAdmin : bed.signer(role), bed.clock)
                .sign(proposed.id(), null, null, "admin");

        assertThat(signed.approval().state()).isEqualTo(ApprovalState.SUBMITTED);
        assertThat(signed.approval().lastError()).isNotBlank();
        assertThat(bed.store.approvals().find(proposed.id()).orElseThrow().lastError()).isNotBlank();
    }

    @Test
    void aMultisigOperationWaitsForTheThresholdOfMemberSignatures() {
        ApprovalBed.Multisig admins = approvals.new Multisig();
        SignApprovalService signatures = admins.sign();
        Approval proposed = admins.proposePayment();
        byte[] bytes = proposed.txn().bytesToSign();

        var first = (SignApprovalService.SignResult.Signed) signatures.sign(proposed.id(), admins.first.address(),
                admins.first.sign(bytes), "first");
        assertThat(first.approval().state()).isEqualTo(ApprovalState.PENDING);
        var twice = (SignApprovalService.SignResult.Signed) signatures.sign(proposed.id(), admins.first.address(),
                admins.first.sign(bytes), "first again");
        assertThat(twice.approval().signatures()).hasSize(1);
        assertThat(twice.approval().state()).isEqualTo(ApprovalState.PENDING);

        var second = (SignApprovalService.SignResult.Signed) signatures.sign(proposed.id(), admins.second.address(),
                admins.second.sign(bytes), "second");
        assertThat(second.approval().state()).isEqualTo(ApprovalState.SUBMITTED);
        approvals.bed.block();

        assertThat(approvals.get().find(proposed.id()).orElseThrow().state()).isEqualTo(ApprovalState.CONFIRMED);
        assertThat(approvals.payeeBalance()).isEqualTo(ApprovalBed.AMOUNT);
    }

    @Test
    void aMultisigRefusesOutsidersBadSignaturesAndMissingOnes() {
        ApprovalBed.Multisig admins = approvals.new Multisig();
        SignApprovalService signatures = admins.sign();
        Approval proposed = admins.proposePayment();
        byte[] bytes = proposed.txn().bytesToSign();
        Signer outsider = TestKeys.newSigner();

        assertThat(signatures.sign(proposed.id(), outsider.address(), outsider.sign(bytes), "outsider"))
                .isInstanceOf(SignApprovalService.SignResult.Refused.class);
        assertThat(signatures.sign(proposed.id(), admins.first.address(), admins.second.sign(bytes), "forger"))
                .isInstanceOf(SignApprovalService.SignResult.Refused.class);
        assertThat(signatures.sign(proposed.id(), null, null, "nobody"))
                .isInstanceOf(SignApprovalService.SignResult.Refused.class);
        assertThat(approvals.bed.store.approvals().find(proposed.id()).orElseThrow().signatures()).isEmpty();
    }
}
