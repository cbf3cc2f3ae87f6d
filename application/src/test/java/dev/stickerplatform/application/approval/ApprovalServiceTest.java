package dev.stickerplatform.application.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.adapters.persistence.memory.SeededRandomness;
import dev.stickerplatform.application.CrashAfterSubmit;
import dev.stickerplatform.application.LosingChain;
import dev.stickerplatform.application.Testbed;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.Approval;
import dev.stickerplatform.domain.model.ApprovalKind;
import dev.stickerplatform.domain.model.ApprovalState;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.MultisigAccount;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.PageRequest;
import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.SignerRole;
import dev.stickerplatform.domain.port.Signers;
import dev.stickerplatform.domain.port.TestKeys;
import dev.stickerplatform.domain.port.TxnRequest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * High-value operations on the in-memory store and the simulated chain, for a platform-held key and for a 2-of-3
 * multisig: proposed → approved (signed, submitted) → executed (confirmed), a refused signature, a signature handed
 * in twice, a proposal or a submitted write that expires, a transaction the chain refuses, and the kill point right
 * after the approved transaction's submit.
 */
class ApprovalServiceTest {
    static final MicroAlgos AMOUNT = MicroAlgos.of(250_000);
    final Testbed bed = new Testbed();
    final Address payee = TestKeys.newAddress();

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void aProposalWaitsForItsApproval() {
        Approval proposed = platformKeyed(bed.chain).propose(ApprovalKind.FAUCET_PAYMENT, SignerRole.ADMIN,
                "pay", payment(bed.signer(SignerRole.ADMIN).address()), "admin-wallet");

        assertThat(proposed.state()).isEqualTo(ApprovalState.PENDING);
        assertThat(proposed.threshold()).isEqualTo(1);
        assertThat(bed.store.approvals().find(proposed.id())).contains(proposed);
        bed.block();
        assertThat(bed.ledger.account(payee).balance()).isEqualTo(MicroAlgos.ZERO);
    }

    @Test
    void anApprovedOperationIsSubmittedAndConfirmed() {
        ApprovalService approvals = platformKeyed(bed.chain);
        Approval proposed = proposePayment(approvals);

        var signed = (ApprovalService.SignResult.Signed) approvals.sign(proposed.id(), null, null, "admin");
        assertThat(signed.approval().state()).isEqualTo(ApprovalState.SUBMITTED);
        assertThat(bed.ledger.isPending(signed.approval().write().txId())).isTrue();
        bed.block();

        Approval executed = approvals.find(proposed.id()).orElseThrow();
        assertThat(executed.state()).isEqualTo(ApprovalState.CONFIRMED);
        assertThat(bed.store.approvals().find(proposed.id())).contains(executed);
        assertThat(bed.ledger.account(payee).balance()).isEqualTo(AMOUNT);
    }

    @Test
    void approvingTwiceSubmitsOnce() {
        ApprovalService approvals = platformKeyed(bed.chain);
        Approval proposed = proposePayment(approvals);
        approvals.sign(proposed.id(), null, null, "first admin");

        var again = approvals.sign(proposed.id(), null, null, "second admin");

        assertThat(again).isInstanceOf(ApprovalService.SignResult.Closed.class);
        bed.block();
        assertThat(approvals.sign(proposed.id(), null, null, "third admin"))
                .isInstanceOf(ApprovalService.SignResult.Closed.class);
        assertThat(bed.ledger.account(payee).balance()).isEqualTo(AMOUNT);
        assertThat(bed.transactions()).isEqualTo(1);
    }

    @Test
    void aSignatureForAPlatformKeyIsRefused() {
        ApprovalService approvals = platformKeyed(bed.chain);
        Approval proposed = proposePayment(approvals);
        Signer someone = TestKeys.newSigner();

        var result = approvals.sign(proposed.id(), someone.address(), someone.sign(proposed.txn().bytesToSign()),
                "admin");

        assertThat(result).isInstanceOf(ApprovalService.SignResult.Refused.class);
        assertThat(approvals.find(proposed.id()).orElseThrow().state()).isEqualTo(ApprovalState.PENDING);
    }

    @Test
    void anUnknownApprovalIsNotFound() {
        assertThat(platformKeyed(bed.chain).sign(UUID.randomUUID(), null, null, "admin"))
                .isInstanceOf(ApprovalService.SignResult.NotFound.class);
    }

    @Test
    void aTransactionSentByAnotherAccountCannotBeProposed() {
        assertThatThrownBy(() -> proposePayment(platformKeyed(bed.chain), bed.signer(SignerRole.MINTER).address()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ADMIN");
    }

    @Test
    void proposingTheSameOperationTwiceRecordsOneApproval() {
        ApprovalService approvals = platformKeyed(bed.chain);
        UUID id = UUID.randomUUID();

        Approval first = approvals.proposeOnce(id, ApprovalKind.FAUCET_PAYMENT, SignerRole.ADMIN, "pay",
                payment(bed.signer(SignerRole.ADMIN).address()), "admin");
        Approval second = approvals.proposeOnce(id, ApprovalKind.FAUCET_PAYMENT, SignerRole.ADMIN, "pay",
                payment(bed.signer(SignerRole.ADMIN).address()), "admin");

        assertThat(second).isEqualTo(first);
        assertThat(approvals.list(null, PageRequest.first(10))).hasSize(1);
    }

    @Test
    void aProposalNobodyApprovesInItsWindowExpires() {
        ApprovalService approvals = platformKeyed(bed.chain);
        Approval proposed = proposePayment(approvals);
        pastWindowOf(proposed);

        approvals.followUp();

        assertThat(bed.store.approvals().find(proposed.id()).orElseThrow().state()).isEqualTo(ApprovalState.EXPIRED);
        assertThat(approvals.sign(proposed.id(), null, null, "late admin"))
                .isInstanceOf(ApprovalService.SignResult.Closed.class);
        assertThat(bed.ledger.account(payee).balance()).isEqualTo(MicroAlgos.ZERO);
    }

    @Test
    void anApprovedTransactionThatNeverConfirmsExpires() {
        ApprovalService losing = platformKeyed(new LosingChain(bed.chain));
        Approval proposed = proposePayment(losing);
        losing.sign(proposed.id(), null, null, "admin");
        pastWindowOf(proposed);

        Approval expired = losing.find(proposed.id()).orElseThrow();

        assertThat(expired.state()).isEqualTo(ApprovalState.EXPIRED);
        assertThat(bed.ledger.account(payee).balance()).isEqualTo(MicroAlgos.ZERO);
    }

    @Test
    void aTransactionTheChainRefusesKeepsTheReason() {
        Signer poorAdmin = TestKeys.newSigner();
        ApprovalService approvals = new ApprovalService(bed.store, bed.chain,
                role -> role == SignerRole.ADMIN ? poorAdmin : bed.signer(role), new SeededRandomness(1), bed.clock);
        Approval proposed = approvals.propose(ApprovalKind.FAUCET_PAYMENT, SignerRole.ADMIN, "pay",
                payment(poorAdmin.address()), "admin");

        var signed = (ApprovalService.SignResult.Signed) approvals.sign(proposed.id(), null, null, "admin");

        assertThat(signed.approval().state()).isEqualTo(ApprovalState.SUBMITTED);
        assertThat(signed.approval().lastError()).isNotBlank();
        assertThat(bed.store.approvals().find(proposed.id()).orElseThrow().lastError()).isNotBlank();
    }

    @Test
    void killedRightAfterSubmittingTheApprovedTransactionTheFollowUpExecutesItOnce() {
        Approval proposed = proposePayment(platformKeyed(bed.chain));
        assertThatThrownBy(() -> platformKeyed(new CrashAfterSubmit(bed.chain, 1))
                .sign(proposed.id(), null, null, "admin")).isInstanceOf(CrashAfterSubmit.Crash.class);
        assertThat(bed.store.approvals().find(proposed.id()).orElseThrow().state())
                .isEqualTo(ApprovalState.SUBMITTED);

        ApprovalService restarted = platformKeyed(bed.chain);
        restarted.followUp();
        bed.block();
        restarted.followUp();

        assertThat(restarted.find(proposed.id()).orElseThrow().state()).isEqualTo(ApprovalState.CONFIRMED);
        assertThat(bed.ledger.account(payee).balance()).isEqualTo(AMOUNT);
        assertThat(bed.transactions()).isEqualTo(1);
    }

    @Test
    void killedBeforeTheApprovedTransactionReachedTheChainTheFollowUpSubmitsIt() {
        ApprovalService lost = platformKeyed(new LosingChain(bed.chain));
        Approval proposed = proposePayment(lost);
        lost.sign(proposed.id(), null, null, "admin");

        platformKeyed(bed.chain).followUp();
        bed.block();

        assertThat(platformKeyed(bed.chain).find(proposed.id()).orElseThrow().state())
                .isEqualTo(ApprovalState.CONFIRMED);
        assertThat(bed.ledger.account(payee).balance()).isEqualTo(AMOUNT);
    }

    @Test
    void aMultisigOperationWaitsForTheThresholdOfMemberSignatures() {
        Multisig admins = new Multisig();
        ApprovalService approvals = admins.approvals();
        Approval proposed = proposePayment(approvals, admins.account.address());
        byte[] bytes = proposed.txn().bytesToSign();
        assertThat(proposed.threshold()).isEqualTo(2);

        var first = (ApprovalService.SignResult.Signed) approvals.sign(proposed.id(), admins.first.address(),
                admins.first.sign(bytes), "first");
        assertThat(first.approval().state()).isEqualTo(ApprovalState.PENDING);
        var twice = (ApprovalService.SignResult.Signed) approvals.sign(proposed.id(), admins.first.address(),
                admins.first.sign(bytes), "first again");
        assertThat(twice.approval().signatures()).hasSize(1);
        assertThat(twice.approval().state()).isEqualTo(ApprovalState.PENDING);

        var second = (ApprovalService.SignResult.Signed) approvals.sign(proposed.id(), admins.second.address(),
                admins.second.sign(bytes), "second");
        assertThat(second.approval().state()).isEqualTo(ApprovalState.SUBMITTED);
        bed.block();

        assertThat(approvals.find(proposed.id()).orElseThrow().state()).isEqualTo(ApprovalState.CONFIRMED);
        assertThat(bed.ledger.account(payee).balance()).isEqualTo(AMOUNT);
    }

    @Test
    void aMultisigRefusesOutsidersBadSignaturesAndMissingOnes() {
        Multisig admins = new Multisig();
        ApprovalService approvals = admins.approvals();
        Approval proposed = proposePayment(approvals, admins.account.address());
        byte[] bytes = proposed.txn().bytesToSign();
        Signer outsider = TestKeys.newSigner();

        assertThat(approvals.sign(proposed.id(), outsider.address(), outsider.sign(bytes), "outsider"))
                .isInstanceOf(ApprovalService.SignResult.Refused.class);
        assertThat(approvals.sign(proposed.id(), admins.first.address(), admins.second.sign(bytes), "forger"))
                .isInstanceOf(ApprovalService.SignResult.Refused.class);
        assertThat(approvals.sign(proposed.id(), null, null, "nobody"))
                .isInstanceOf(ApprovalService.SignResult.Refused.class);
        assertThat(approvals.find(proposed.id()).orElseThrow().signatures()).isEmpty();
    }

    private Approval proposePayment(ApprovalService approvals) {
        return proposePayment(approvals, bed.signer(SignerRole.ADMIN).address());
    }

    private Approval proposePayment(ApprovalService approvals, Address sender) {
        return approvals.propose(ApprovalKind.FAUCET_PAYMENT, SignerRole.ADMIN, "pay " + AMOUNT, payment(sender),
                "admin-wallet");
    }

    private TxnRequest.Payment payment(Address sender) {
        return new TxnRequest.Payment(sender, payee, AMOUNT, null, null);
    }

    private void pastWindowOf(Approval approval) {
        while (bed.ledger.currentRound().value() <= approval.txn().lastValid().value()) {
            bed.block();
        }
    }

    private ApprovalService platformKeyed(Chain chain) {
        return new ApprovalService(bed.store, chain, bed.signers, new SeededRandomness(1), bed.clock);
    }

    /** The ADMIN account as a funded 2-of-3 multisig whose members sign outside the platform. */
    private final class Multisig {
        final Signer first = TestKeys.newSigner();
        final Signer second = TestKeys.newSigner();
        final Signer third = TestKeys.newSigner();
        final MultisigAccount account = new MultisigAccount(2, List.of(first.address(), second.address(),
                third.address()));

        Multisig() {
            bed.ledger.fund(account.address(), MicroAlgos.ofAlgo(10));
        }

        ApprovalService approvals() {
            Signer named = new Signer() {
                @Override
                public Address address() {
                    return account.address();
                }

                @Override
                public byte[] sign(byte[] bytesToSign) {
                    throw new UnsupportedOperationException("a multisig signs through its members");
                }
            };
            Signers signers = new Signers() {
                @Override
                public Signer forRole(SignerRole role) {
                    return role == SignerRole.ADMIN ? named : bed.signer(role);
                }

                @Override
                public Optional<MultisigAccount> multisig(SignerRole role) {
                    return role == SignerRole.ADMIN ? Optional.of(account) : Optional.empty();
                }
            };
            return new ApprovalService(bed.store, bed.chain, signers, new SeededRandomness(1), bed.clock);
        }
    }
}
