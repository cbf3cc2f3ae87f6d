package dev.stickerplatform.application.approval;

import dev.stickerplatform.adapters.persistence.memory.SeededRandomness;
import dev.stickerplatform.application.Testbed;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.Approval;
import dev.stickerplatform.domain.model.ApprovalKind;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.MultisigAccount;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.SignerRole;
import dev.stickerplatform.domain.port.Signers;
import dev.stickerplatform.domain.port.TestKeys;
import dev.stickerplatform.domain.port.TxnRequest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What the approval services' tests share: the {@link Testbed} (in-memory store, simulated chain), a payment of
 * {@link #AMOUNT} to a fresh payee proposed from the ADMIN account, and the services on a given chain.
 */
final class ApprovalBed implements AutoCloseable {
    static final MicroAlgos AMOUNT = MicroAlgos.of(250_000);
    final Testbed bed = new Testbed();
    final Address payee = TestKeys.newAddress();
    private int seed;

    ProposeApprovalService propose(Chain chain) {
        return propose(chain, bed.signers);
    }

    /** Each with its own seed, so that the ids they draw differ. */
    ProposeApprovalService propose(Chain chain, Signers signers) {
        return new ProposeApprovalService(bed.store, chain, signers, new SeededRandomness(++seed), bed.clock);
    }

    SignApprovalService sign(Chain chain) {
        return new SignApprovalService(bed.store, chain, bed.signers, bed.clock);
    }

    RejectApprovalService reject() {
        return new RejectApprovalService(bed.store, bed.chain, bed.clock);
    }

    FollowApprovalsService follow(Chain chain) {
        return new FollowApprovalsService(bed.store, chain, bed.clock);
    }

    GetApprovalService get() {
        return new GetApprovalService(bed.store, bed.chain, bed.clock);
    }

    /** A payment of {@link #AMOUNT} from the platform-held ADMIN key, waiting for one approval. */
    Approval proposePayment() {
        return proposePayment(propose(bed.chain), bed.signer(SignerRole.ADMIN).address());
    }

    Approval proposePayment(ProposeApprovalService proposals, Address sender) {
        // one second apart, so that newest first is one order
        bed.clock.advance(Duration.ofSeconds(1));
        return proposals.propose(ApprovalKind.FAUCET_PAYMENT, SignerRole.ADMIN, "pay " + AMOUNT, payment(sender),
                "admin-wallet");
    }

    TxnRequest.Payment payment(Address sender) {
        return new TxnRequest.Payment(sender, payee, AMOUNT, null, null);
    }

    /** Produces blocks until the chain is past {@code approval}'s validity window. */
    void pastWindowOf(Approval approval) {
        while (bed.ledger.currentRound().value() <= approval.txn().lastValid().value()) {
            bed.block();
        }
    }

    MicroAlgos payeeBalance() {
        return bed.ledger.account(payee).balance();
    }

    @Override
    public void close() {
        bed.close();
    }

    /** The ADMIN account as a funded 2-of-3 multisig whose members sign outside the platform. */
    final class Multisig {
        final Signer first = TestKeys.newSigner();
        final Signer second = TestKeys.newSigner();
        final Signer third = TestKeys.newSigner();
        final MultisigAccount account = new MultisigAccount(2, List.of(first.address(), second.address(),
                third.address()));
        final Signers signers;

        Multisig() {
            bed.ledger.fund(account.address(), MicroAlgos.ofAlgo(10));
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
            signers = new Signers() {
                @Override
                public Signer forRole(SignerRole role) {
                    return role == SignerRole.ADMIN ? named : bed.signer(role);
                }

                @Override
                public Optional<MultisigAccount> multisig(SignerRole role) {
                    return role == SignerRole.ADMIN ? Optional.of(account) : Optional.empty();
                }
            };
        }

        Approval proposePayment() {
            return ApprovalBed.this.proposePayment(propose(bed.chain, signers), account.address());
        }

        SignApprovalService sign() {
            return new SignApprovalService(bed.store, bed.chain, signers, bed.clock);
        }
    }
}
