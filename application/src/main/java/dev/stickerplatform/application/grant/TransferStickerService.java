package dev.stickerplatform.application.grant;

import dev.stickerplatform.application.approval.GetApprovalService;
import dev.stickerplatform.application.approval.ProposeApprovalService;
import dev.stickerplatform.application.chainwrite.Leases;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.Approval;
import dev.stickerplatform.domain.model.ApprovalKind;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.DeliveryStatus;
import dev.stickerplatform.domain.model.JobStage;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.MintJob;
import dev.stickerplatform.domain.model.Sticker;
import dev.stickerplatform.domain.model.StickerTemplate;
import dev.stickerplatform.domain.model.StickerTransfer;
import dev.stickerplatform.domain.model.StickerType;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.DuplicateException;
import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.SignerRole;
import dev.stickerplatform.domain.port.Signers;
import dev.stickerplatform.domain.port.Store;
import dev.stickerplatform.domain.port.TxnRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * An administrator's transfer of a golden sticker the platform still holds (minted, its first recipient never
 * opted in) to another wallet, which must have opted in to the asset. Within the value policy the sticker's
 * delivery is simply redirected: the mint job goes back to MINTED for the new wallet and a worker delivers it under
 * the pipeline's exactly-once rules. A sticker worth more than {@link Config#approvalAbove()} (its template's tip
 * threshold), or any when MINTER is a multisig account, waits for an approval of the transfer transaction instead;
 * {@link #followUp()} makes the sticker the new wallet's once that transaction is confirmed, and abandons the
 * transfer (nothing moved) when the approval expired or was rejected.
 */
public final class TransferStickerService {
    private final Store store;
    private final Chain chain;
    private final Signers signers;
    private final ProposeApprovalService proposals;
    private final GetApprovalService approvals;
    private final Clock clock;
    private final Config config;

    /** @param approvalAbove stickers worth more than this wait for an approval; null: none does */
    public record Config(MicroAlgos approvalAbove) {
    }

    public record Command(AssetId asset, Address to, String requestedBy) {
    }

    public sealed interface Result {
        /** The delivery now goes to the new wallet (asynchronously, like every delivery). */
        record Redirected(Sticker sticker, Address from) implements Result {
        }

        record AwaitingApproval(Approval approval, StickerTransfer transfer) implements Result {
        }

        record NotFound() implements Result {
        }

        record NotGolden() implements Result {
        }

        /** The platform does not hold the sticker (delivered, in flight, or moved on chain). */
        record NotHeld(String reason) implements Result {
        }

        record NotOptedIn() implements Result {
        }

        /** Another transfer of the sticker already waits for its approval: approve or let it expire first. */
        record AlreadyAwaiting(StickerTransfer transfer) implements Result {
        }
    }

    /**
     * @param proposals proposes the transfers that wait for an approval
     * @param approvals reads how their approvals ended
     */
    public TransferStickerService(Store store, Chain chain, Signers signers, ProposeApprovalService proposals,
                                  GetApprovalService approvals, Clock clock, Config config) {
        this.store = store;
        this.chain = chain;
        this.signers = signers;
        this.proposals = proposals;
        this.approvals = approvals;
        this.clock = clock;
        this.config = config;
    }

    public Result transfer(Command command) {
        Sticker sticker = store.stickers().findByAsset(command.asset()).orElse(null);
        if (sticker == null) {
            return new Result.NotFound();
        }
        if (sticker.type() != StickerType.GOLDEN) {
            return new Result.NotGolden();
        }
        // a transfer whose approval ended is settled first (the sticker is then re-read)
        Optional<StickerTransfer> awaiting = store.stickerTransfers().awaitingFor(sticker.id());
        if (awaiting.isPresent()) {
            if (!settleIfEnded(awaiting.get())) {
                return new Result.AlreadyAwaiting(awaiting.get());
            }
            return transfer(command);
        }
        MintJob job = store.mintJobs().find(MintJob.idFor(sticker.tipTxId())).orElse(null);
        if (job == null || job.isDead() || job.stage() != JobStage.PENDING_OPTIN) {
            return new Result.NotHeld(job != null && job.stage() == JobStage.DELIVERED
                    ? "the sticker was delivered; only its holder can move it"
                    : "the sticker is being delivered; try again when it waits for an opt-in");
        }
        Signer minter = signers.forRole(SignerRole.MINTER);
        var holding = chain.account(minter.address()).assets().get(command.asset());
        if (holding == null || holding.amount() < 1) {
            return new Result.NotHeld("the platform's account no longer holds the asset");
        }
        if (!chain.account(command.to()).isOptedIn(command.asset())) {
            return new Result.NotOptedIn();
        }
        if (needsApproval(sticker)) {
            return propose(command, sticker, job, minter);
        }
        Sticker redirected = store.inTransaction(tx -> {
            Instant now = clock.instant();
            tx.mintJobs().save(job.redirectedTo(command.to(), now));
            Sticker moved = sticker.ownedBy(command.to(), DeliveryStatus.PENDING_OPTIN, null, null);
            tx.stickers().update(moved);
            return moved;
        });
        return new Result.Redirected(redirected, sticker.owner());
    }

    /**
     * Records the approval and the transfer waiting for it in one store transaction: a crash leaves both or
     * neither, and a concurrent request for the same sticker finds the first one (at most one waits per sticker).
     */
    private Result propose(Command command, Sticker sticker, MintJob job, Signer minter) {
        var request = new TxnRequest.AssetTransfer(minter.address(), command.asset(), command.to(), 1, null,
                Leases.of(job.id(), "transfer:" + command.to().value()));
        Approval approval = proposals.prepare(ApprovalKind.STICKER_TRANSFER, SignerRole.MINTER,
                "transfer golden sticker " + command.asset().value() + " from the platform to " + command.to(),
                request, command.requestedBy());
        Instant now = clock.instant();
        StickerTransfer transfer = new StickerTransfer(approval.id(), sticker.id(), command.asset(),
                sticker.owner(), command.to(), command.requestedBy(), StickerTransfer.State.AWAITING_APPROVAL,
                now, now);
        try {
            store.inTransaction(tx -> {
                tx.approvals().insert(approval);
                tx.stickerTransfers().insert(transfer);
                return null;
            });
        } catch (DuplicateException concurrent) {
            return store.stickerTransfers().awaitingFor(sticker.id()).<Result>map(Result.AlreadyAwaiting::new)
                    .orElseThrow(() -> concurrent);
        }
        proposals.logProposed(approval, command.requestedBy());
        return new Result.AwaitingApproval(approval, transfer);
    }

    /**
     * Settles the transfers whose approval has ended: confirmed → the sticker is the new wallet's (delivered by
     * the approved transaction); expired → nothing moved. Run periodically with the approvals' follow-up.
     *
     * @return how many were settled
     */
    public int followUp() {
        int settled = 0;
        for (StickerTransfer transfer : store.stickerTransfers().awaitingApproval(100)) {
            if (settleIfEnded(transfer)) {
                settled++;
            }
        }
        return settled;
    }

    /** Settles {@code transfer} if its approval has ended; returns whether it did. */
    private boolean settleIfEnded(StickerTransfer transfer) {
        Approval approval = approvals.find(transfer.approvalId()).orElse(null);
        if (approval == null) {
            return false;
        }
        switch (approval.state()) {
            case CONFIRMED -> settle(transfer, approval);
            case EXPIRED, REJECTED ->
                    store.stickerTransfers().update(transfer.in(StickerTransfer.State.ABANDONED, clock.instant()));
            case PENDING, SUBMITTED -> {
                return false;
            }
        }
        return true;
    }

    private void settle(StickerTransfer transfer, Approval approval) {
        store.inTransaction(tx -> {
            Instant now = clock.instant();
            Sticker sticker = tx.stickers().find(transfer.stickerId()).orElse(null);
            if (sticker != null) {
                tx.stickers().update(sticker.ownedBy(transfer.to(), DeliveryStatus.DELIVERED,
                        approval.write().txId(), now));
                tx.mintJobs().find(MintJob.idFor(sticker.tipTxId())).ifPresent(job ->
                        tx.mintJobs().save(job.deliveredTo(transfer.to(), approval.write().txId(), now)));
            }
            tx.stickerTransfers().update(transfer.in(StickerTransfer.State.DONE, now));
            return null;
        });
    }

    private boolean needsApproval(Sticker sticker) {
        if (signers.multisig(SignerRole.MINTER).isPresent()) {
            return true;
        }
        if (config.approvalAbove() == null) {
            return false;
        }
        MicroAlgos value = store.templates().find(sticker.templateId()).map(StickerTemplate::threshold)
                .orElse(MicroAlgos.ZERO);
        return value.compareTo(config.approvalAbove()) > 0;
    }
}
