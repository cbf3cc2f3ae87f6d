package dev.stickerplatform.application.approval;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.Approval;
import dev.stickerplatform.domain.model.Ed25519;
import dev.stickerplatform.domain.model.MultisigAccount;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.SignerRole;
import dev.stickerplatform.domain.port.Signers;
import dev.stickerplatform.domain.port.Store;
import java.time.Clock;
import java.util.Arrays;
import java.util.UUID;

/**
 * Takes an approver's signature of a pending approval. When the role's account is a multisig, each approver signs
 * with their own member key, outside the platform, and hands in the signature; otherwise the platform holds the
 * account's key and signs it when an administrator approves. With enough signatures the signed transaction is
 * recorded before it is submitted (as every platform write); {@link FollowApprovalsService} follows it from there.
 */
public final class SignApprovalService {
    private final Store store;
    private final Signers signers;
    private final Clock clock;
    private final ApprovalChain approvals;

    public SignApprovalService(Store store, Chain chain, Signers signers, Clock clock) {
        this.store = store;
        this.signers = signers;
        this.clock = clock;
        this.approvals = new ApprovalChain(store, chain, clock);
    }

    /** What became of an approval's signature. */
    public sealed interface SignResult {
        /** Accepted; the approval as it is now (SUBMITTED once the threshold was met). */
        record Signed(Approval approval) implements SignResult {
        }

        record NotFound() implements SignResult {
        }

        /** It no longer takes signatures (submitted, confirmed or expired). */
        record Closed(Approval approval) implements SignResult {
        }

        /** The signature was refused; {@code reason} says why, in words a client can show. */
        record Refused(String reason) implements SignResult {
        }
    }

    /**
     * Adds a signature. For a multisig account, {@code signer} is the member key and {@code signature} its Ed25519
     * signature of the approval's {@code bytesToSign}; for a platform-held key both are null and the platform signs.
     *
     * @param approvedBy who handed it in (the administrator's wallet), for the log
     */
    public SignResult sign(UUID id, Address signer, byte[] signature, String approvedBy) {
        return approvals.decidePending(id, SignResult.NotFound::new, SignResult.Closed::new, approval -> {
            SignResult refused = check(approval, signer, signature);
            if (refused != null) {
                return refused;
            }
            Approval signed;
            if (approval.multisig() == null) {
                Signer platform = approvals.alignWithChain(signers, SignerRole.valueOf(approval.role()));
                signed = approval.withSignature(platform.authAddress(),
                        platform.sign(approval.txn().bytesToSign()), clock.instant());
            } else if (Arrays.equals(approval.signatures().get(signer), signature)) {
                return new SignResult.Signed(approval);
            } else {
                signed = approval.withSignature(signer, signature, clock.instant());
            }
            Approval saved = signed.hasEnoughSignatures() ? approvals.submit(signed) : store.approvals().save(signed);
            ApprovalChain.LOG.log(System.Logger.Level.INFO,
                    "approval {0}: signature of {1} handed in by {2}; {3} of {4}",
                    id, signer == null ? "the platform key" : signer, approvedBy, saved.signatures().size(),
                    saved.threshold());
            return new SignResult.Signed(saved);
        });
    }

    private SignResult check(Approval approval, Address signer, byte[] signature) {
        MultisigAccount multisig = approval.multisig();
        if (multisig == null) {
            return signer == null && signature == null ? null : new SignResult.Refused(approval.role()
                    + " is signed by the platform's own key: approve without a signer or signature");
        }
        if (signer == null || signature == null) {
            return new SignResult.Refused(approval.account() + " is " + multisig
                    + ": a member's address and signature are required");
        }
        if (!multisig.isMember(signer)) {
            return new SignResult.Refused(signer + " is not a member of " + multisig);
        }
        if (!Ed25519.verify(signer.publicKey(), approval.txn().bytesToSign(), signature)) {
            return new SignResult.Refused("the signature does not verify: sign bytesToSign of approval "
                    + approval.id() + " with the key of " + signer);
        }
        return null;
    }
}
