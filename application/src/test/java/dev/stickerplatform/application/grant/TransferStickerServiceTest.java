package dev.stickerplatform.application.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.adapters.persistence.memory.SeededRandomness;
import dev.stickerplatform.application.CrashAfterSubmit;
import dev.stickerplatform.application.Testbed;
import dev.stickerplatform.application.approval.GetApprovalService;
import dev.stickerplatform.application.approval.ProposeApprovalService;
import dev.stickerplatform.application.approval.SignApprovalService;
import dev.stickerplatform.application.minting.MintPipeline;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.DeliveryStatus;
import dev.stickerplatform.domain.model.JobStage;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.MintJob;
import dev.stickerplatform.domain.model.Sticker;
import dev.stickerplatform.domain.model.StickerTransfer;
import dev.stickerplatform.domain.model.StickerType;
import dev.stickerplatform.domain.port.Chain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An administrator's transfer of a golden sticker the platform still holds, on the in-memory store and the
 * simulated chain: redirected and delivered once to the new wallet; above the value policy, approved, executed and
 * settled; an expired approval abandoned; the kill point after the approved transfer's submit; and the refusals.
 */
class TransferStickerServiceTest {
    final Testbed bed = new Testbed();
    final MintPipeline pipeline = new MintPipeline(bed.chain, bed.store, bed.signers, bed.clock);
    final ProposeApprovalService proposals = new ProposeApprovalService(bed.store, bed.chain, bed.signers,
            new SeededRandomness(2), bed.clock);
    final SignApprovalService approvals = new SignApprovalService(bed.store, bed.chain, bed.signers, bed.clock);
    final DevWallet fan = bed.fundedWallet();
    final DevWallet friend = bed.fundedWallet();

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void belowThePolicyTheDeliveryIsRedirectedAndHappensOnce() {
        MintJob parked = parkedJob(StickerType.GOLDEN);
        bed.optIn(friend, parked.assetId());

        var result = transfers(bed.chain, null).transfer(command(parked));

        var redirected = (TransferStickerService.Result.Redirected) result;
        assertThat(redirected.from()).isEqualTo(fan.address());
        assertThat(redirected.sticker().owner()).isEqualTo(friend.address());
        MintJob job = bed.reload(parked);
        assertThat(job.stage()).isEqualTo(JobStage.MINTED);
        assertThat(job.fan()).isEqualTo(friend.address());
        MintJob sent = pipeline.advance(job);
        bed.block();
        assertThat(pipeline.advance(sent).stage()).isEqualTo(JobStage.DELIVERED);
        assertThat(bed.ledger.account(friend.address()).assets().get(parked.assetId()).amount()).isEqualTo(1);
        assertThat(bed.ledger.account(fan.address()).assets()).doesNotContainKey(parked.assetId());
    }

    @Test
    void aboveThePolicyTheTransferWaitsForItsApprovalAndSettlesOnceExecuted() {
        MintJob parked = parkedJob(StickerType.GOLDEN);
        bed.optIn(friend, parked.assetId());
        var service = transfers(bed.chain, MicroAlgos.ZERO);

        var waiting = (TransferStickerService.Result.AwaitingApproval) service.transfer(command(parked));
        assertThat(bed.reload(parked).stage()).isEqualTo(JobStage.PENDING_OPTIN);
        assertThat(service.followUp()).isZero();
        approvals.sign(waiting.approval().id(), null, null, "admin");
        bed.block();

        assertThat(service.followUp()).isEqualTo(1);

        Sticker sticker = bed.store.stickers().find(parked.stickerId()).orElseThrow();
        assertThat(sticker.owner()).isEqualTo(friend.address());
        assertThat(sticker.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(bed.reload(parked).stage()).isEqualTo(JobStage.DELIVERED);
        assertThat(bed.store.stickerTransfers().find(waiting.approval().id()).orElseThrow().state())
                .isEqualTo(StickerTransfer.State.DONE);
        assertThat(bed.ledger.account(friend.address()).assets().get(parked.assetId()).amount()).isEqualTo(1);
        assertThat(service.followUp()).as("settled once").isZero();
    }

    @Test
    void anApprovalThatExpiresAbandonsTheTransfer() {
        MintJob parked = parkedJob(StickerType.GOLDEN);
        bed.optIn(friend, parked.assetId());
        var service = transfers(bed.chain, MicroAlgos.ZERO);
        var waiting = (TransferStickerService.Result.AwaitingApproval) service.transfer(command(parked));
        while (bed.ledger.currentRound().value() <= waiting.approval().txn().lastValid().value()) {
            bed.block();
        }

        assertThat(service.followUp()).isEqualTo(1);

        assertThat(bed.store.stickerTransfers().find(waiting.approval().id()).orElseThrow().state())
                .isEqualTo(StickerTransfer.State.ABANDONED);
        assertThat(bed.store.stickers().find(parked.stickerId()).orElseThrow().owner()).isEqualTo(fan.address());
        assertThat(bed.ledger.account(friend.address()).assets().get(parked.assetId()).amount()).isZero();
    }

    @Test
    void killedRightAfterSubmittingTheApprovedTransferItSettlesWithOneTransfer() {
        MintJob parked = parkedJob(StickerType.GOLDEN);
        bed.optIn(friend, parked.assetId());
        var service = transfers(bed.chain, MicroAlgos.ZERO);
        var waiting = (TransferStickerService.Result.AwaitingApproval) service.transfer(command(parked));
        long before = bed.transactions();
        assertThatThrownBy(() -> new SignApprovalService(bed.store, new CrashAfterSubmit(bed.chain, 1), bed.signers,
                bed.clock).sign(waiting.approval().id(), null, null, "admin"))
                .isInstanceOf(CrashAfterSubmit.Crash.class);

        service.followUp();
        bed.block();
        assertThat(service.followUp()).isEqualTo(1);

        assertThat(bed.transactions() - before).isEqualTo(1);
        assertThat(bed.ledger.account(friend.address()).assets().get(parked.assetId()).amount()).isEqualTo(1);
        assertThat(bed.store.stickers().find(parked.stickerId()).orElseThrow().owner()).isEqualTo(friend.address());
    }

    @Test
    void onlyAGoldenStickerThePlatformHoldsGoesToAnOptedInWallet() {
        MintJob soulbound = parkedJob(StickerType.SOULBOUND);
        MintJob golden = parkedJob(StickerType.GOLDEN);
        var service = transfers(bed.chain, null);

        assertThat(service.transfer(new TransferStickerService.Command(AssetId.of(999_999), friend.address(),
                "admin"))).isInstanceOf(TransferStickerService.Result.NotFound.class);
        assertThat(service.transfer(command(soulbound))).isInstanceOf(TransferStickerService.Result.NotGolden.class);
        assertThat(service.transfer(command(golden))).isInstanceOf(TransferStickerService.Result.NotOptedIn.class);

        bed.optIn(fan, golden.assetId());
        bed.store.mintJobs().save(golden.advance(JobStage.MINTED, null, bed.clock.instant()));
        MintJob sent = pipeline.advance(bed.reload(golden));
        bed.block();
        pipeline.advance(sent);
        bed.optIn(friend, golden.assetId());

        assertThat(service.transfer(command(golden))).isInstanceOf(TransferStickerService.Result.NotHeld.class);
        assertThat(bed.store.stickers().find(golden.stickerId()).orElseThrow().owner()).isEqualTo(fan.address());
    }

    private TransferStickerService.Command command(MintJob job) {
        return new TransferStickerService.Command(job.assetId(), friend.address(), "admin");
    }

    private TransferStickerService transfers(Chain chain, MicroAlgos approvalAbove) {
        return new TransferStickerService(bed.store, chain, bed.signers, proposals,
                new GetApprovalService(bed.store, chain, bed.clock), bed.clock,
                new TransferStickerService.Config(approvalAbove));
    }

    private MintJob parkedJob(StickerType type) {
        MintJob job = bed.queuedJob(fan, type);
        pipeline.advance(job);
        bed.block();
        MintJob parked = pipeline.advance(bed.reload(job));
        assertThat(parked.stage()).isEqualTo(JobStage.PENDING_OPTIN);
        return parked;
    }
}
