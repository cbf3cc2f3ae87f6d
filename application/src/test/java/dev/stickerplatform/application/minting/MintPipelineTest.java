package dev.stickerplatform.application.minting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.application.CrashAfterSubmit;
import dev.stickerplatform.application.LosingChain;
import dev.stickerplatform.application.Testbed;
import dev.stickerplatform.domain.model.ChainWrite;
import dev.stickerplatform.domain.model.DeliveryStatus;
import dev.stickerplatform.domain.model.JobStage;
import dev.stickerplatform.domain.model.MintJob;
import dev.stickerplatform.domain.model.Sticker;
import dev.stickerplatform.domain.model.StickerType;
import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.SignerRole;
import dev.stickerplatform.domain.port.StaleWriteException;
import dev.stickerplatform.domain.port.TestKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The mint job state machine on the in-memory store and the simulated chain: each stage (queued → mint submitted →
 * minted → pending opt-in / delivered, and pending opt-in → destroyed), each kill point right after a submit, a
 * lost write rebuilt after its validity, and a refused write.
 */
class MintPipelineTest {
    final Testbed bed = new Testbed();
    final MintPipeline pipeline = new MintPipeline(bed.chain, bed.store, bed.signers, bed.clock);
    final DevWallet fan = bed.fundedWallet();

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void aQueuedJobRecordsItsMintWriteBeforeTheChainHasIt() {
        MintJob job = bed.queuedJob(fan, StickerType.SOULBOUND);

        MintJob submitted = pipeline.advance(job);

        assertThat(submitted.stage()).isEqualTo(JobStage.MINT_SUBMITTED);
        assertThat(bed.reload(job)).isEqualTo(submitted);
        assertThat(bed.ledger.isPending(submitted.pendingWrite().txId())).isTrue();
        assertThat(bed.assetsCreated()).isZero();
        assertThat(bed.store.stickers().findByTip(job.tipTxId())).isEmpty();
    }

    @Test
    void aSubmittedMintWaitsForItsRound() {
        MintJob submitted = pipeline.advance(bed.queuedJob(fan, StickerType.SOULBOUND));

        assertThat(pipeline.advance(submitted).stage()).isEqualTo(JobStage.MINT_SUBMITTED);
        assertThat(bed.assetsCreated()).isZero();
    }

    @Test
    void aConfirmedMintBecomesAStickerThatWaitsForTheFansOptIn() {
        MintJob job = bed.queuedJob(fan, StickerType.SOULBOUND);
        pipeline.advance(job);
        bed.block();

        MintJob parked = pipeline.advance(bed.reload(job));

        assertThat(parked.stage()).isEqualTo(JobStage.PENDING_OPTIN);
        assertThat(parked.assetId()).isNotNull();
        assertThat(bed.ledger.asset(parked.assetId())).get().satisfies(asset -> {
            assertThat(asset.unitName()).isEqualTo("STICKER");
            assertThat(asset.defaultFrozen()).isTrue();
            assertThat(asset.clawback()).isEqualTo(bed.signer(SignerRole.MINTER).address());
        });
        Sticker sticker = bed.store.stickers().findByTip(job.tipTxId()).orElseThrow();
        assertThat(sticker.assetId()).isEqualTo(parked.assetId());
        assertThat(sticker.status()).isEqualTo(DeliveryStatus.PENDING_OPTIN);
        assertThat(parked.stickerId()).isEqualTo(sticker.id());
        assertThat(bed.assetsCreated()).isEqualTo(1);
    }

    @Test
    void aGoldenStickerHasNoFreezeOrClawback() {
        MintJob job = bed.queuedJob(fan, StickerType.GOLDEN);
        pipeline.advance(job);
        bed.block();

        MintJob parked = pipeline.advance(bed.reload(job));

        assertThat(bed.ledger.asset(parked.assetId())).get().satisfies(asset -> {
            assertThat(asset.unitName()).isEqualTo("GOLDEN");
            assertThat(asset.defaultFrozen()).isFalse();
            assertThat(asset.clawback()).isNull();
        });
    }

    @Test
    void anOptedInFanHasTheStickerDelivered() {
        MintJob parked = parkedJob(StickerType.SOULBOUND);
        bed.optIn(fan, parked.assetId());
        MintJob ready = bed.store.mintJobs().save(parked.advance(JobStage.MINTED, null, bed.clock.instant()));

        MintJob sent = pipeline.advance(ready);
        assertThat(sent.stage()).isEqualTo(JobStage.DELIVERY_SUBMITTED);
        bed.block();
        MintJob delivered = pipeline.advance(sent);

        assertThat(delivered.stage()).isEqualTo(JobStage.DELIVERED);
        assertThat(delivered.deliveryTxId()).isEqualTo(sent.pendingWrite().txId());
        var holding = bed.ledger.account(fan.address()).assets().get(delivered.assetId());
        assertThat(holding.amount()).isEqualTo(1);
        assertThat(holding.frozen()).isTrue();
        Sticker sticker = bed.store.stickers().findByTip(parked.tipTxId()).orElseThrow();
        assertThat(sticker.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(sticker.deliveryTxId()).isEqualTo(delivered.deliveryTxId());
    }

    @Test
    void aFanAlreadyOptedInIsDeliveredWithoutParking() {
        MintJob job = bed.queuedJob(fan, StickerType.GOLDEN);
        pipeline.advance(job);
        bed.block();
        MintJob parked = pipeline.advance(bed.reload(job));
        bed.optIn(fan, parked.assetId());
        MintJob minted = bed.store.mintJobs().save(parked.advance(JobStage.MINTED, null, bed.clock.instant()));

        MintJob sent = pipeline.advance(minted);
        bed.block();

        assertThat(pipeline.advance(sent).stage()).isEqualTo(JobStage.DELIVERED);
        assertThat(bed.ledger.account(fan.address()).assets().get(parked.assetId()).frozen()).isFalse();
    }

    @Test
    void anUnclaimedStickerIsDestroyedWhenItExpires() {
        MintJob parked = parkedJob(StickerType.SOULBOUND);

        MintJob destroying = pipeline.expire(parked);
        assertThat(destroying.stage()).isEqualTo(JobStage.DESTROY_SUBMITTED);
        bed.block();
        MintJob destroyed = pipeline.advance(destroying);

        assertThat(destroyed.stage()).isEqualTo(JobStage.DESTROYED);
        assertThat(bed.ledger.asset(parked.assetId())).isEmpty();
        assertThat(bed.store.stickers().findByTip(parked.tipTxId()).orElseThrow().status())
                .isEqualTo(DeliveryStatus.EXPIRED);
    }

    @Test
    void onlyAStickerWaitingForItsFanExpires() {
        MintJob queued = bed.queuedJob(fan, StickerType.SOULBOUND);

        assertThatThrownBy(() -> pipeline.expire(queued)).isInstanceOf(IllegalArgumentException.class);
        assertThat(bed.reload(queued).stage()).isEqualTo(JobStage.QUEUED);
    }

    @Test
    void anExpiryRacingADeliveryLeavesOneWinner() {
        MintJob parked = parkedJob(StickerType.SOULBOUND);
        bed.store.mintJobs().save(parked.advance(JobStage.MINTED, null, bed.clock.instant()));

        assertThatThrownBy(() -> pipeline.expire(parked)).isInstanceOf(StaleWriteException.class);
        assertThat(bed.reload(parked).stage()).isEqualTo(JobStage.MINTED);
    }

    @Test
    void killedRightAfterSubmittingTheMintTheRetryMintsNoSecondAsset() {
        MintJob job = bed.queuedJob(fan, StickerType.SOULBOUND);
        assertThatThrownBy(() -> crashingPipeline().advance(job)).isInstanceOf(CrashAfterSubmit.Crash.class);
        assertThat(bed.reload(job).stage()).isEqualTo(JobStage.MINT_SUBMITTED);

        MintJob retried = pipeline.advance(bed.reload(job));
        bed.block();
        MintJob parked = pipeline.advance(retried);

        assertThat(parked.stage()).isEqualTo(JobStage.PENDING_OPTIN);
        assertThat(bed.assetsCreated()).isEqualTo(1);
        assertThat(bed.store.stickers().findByTip(job.tipTxId())).get()
                .satisfies(s -> assertThat(s.assetId()).isEqualTo(parked.assetId()));
    }

    @Test
    void killedAfterTheMintConfirmedTheRetryAdoptsIt() {
        MintJob job = bed.queuedJob(fan, StickerType.SOULBOUND);
        assertThatThrownBy(() -> crashingPipeline().advance(job)).isInstanceOf(CrashAfterSubmit.Crash.class);
        bed.block();
        bed.block();

        MintJob parked = pipeline.advance(bed.reload(job));

        assertThat(parked.stage()).isEqualTo(JobStage.PENDING_OPTIN);
        assertThat(bed.assetsCreated()).isEqualTo(1);
    }

    @Test
    void killedRightAfterSubmittingTheDeliveryTheRetrySendsNoSecondTransfer() {
        MintJob parked = parkedJob(StickerType.SOULBOUND);
        bed.optIn(fan, parked.assetId());
        MintJob ready = bed.store.mintJobs().save(parked.advance(JobStage.MINTED, null, bed.clock.instant()));
        long before = bed.transactions();
        assertThatThrownBy(() -> crashingPipeline().advance(ready)).isInstanceOf(CrashAfterSubmit.Crash.class);

        MintJob retried = pipeline.advance(bed.reload(ready));
        bed.block();
        MintJob delivered = pipeline.advance(retried);

        assertThat(delivered.stage()).isEqualTo(JobStage.DELIVERED);
        assertThat(bed.transactions() - before).isEqualTo(1);
        assertThat(bed.ledger.account(fan.address()).assets().get(parked.assetId()).amount()).isEqualTo(1);
        assertThat(bed.assetsCreated()).isEqualTo(1);
    }

    @Test
    void killedRightAfterSubmittingTheDestroyTheRetryFinishesIt() {
        MintJob parked = parkedJob(StickerType.SOULBOUND);
        assertThatThrownBy(() -> crashingPipeline().expire(parked)).isInstanceOf(CrashAfterSubmit.Crash.class);
        assertThat(bed.reload(parked).stage()).isEqualTo(JobStage.DESTROY_SUBMITTED);
        bed.block();

        MintJob destroyed = pipeline.advance(bed.reload(parked));

        assertThat(destroyed.stage()).isEqualTo(JobStage.DESTROYED);
        assertThat(bed.ledger.asset(parked.assetId())).isEmpty();
    }

    @Test
    void aMintWriteLostOnTheWayIsRebuiltOnceItCanNoLongerConfirm() {
        MintJob job = bed.queuedJob(fan, StickerType.SOULBOUND);
        MintJob lost = new MintPipeline(new LosingChain(bed.chain), bed.store, bed.signers, bed.clock).advance(job);
        ChainWrite first = lost.pendingWrite();
        while (bed.ledger.currentRound().value() <= first.lastValid().value()) {
            bed.block();
        }

        MintJob rebuilt = pipeline.advance(bed.reload(job));
        assertThat(rebuilt.stage()).isEqualTo(JobStage.MINT_SUBMITTED);
        assertThat(rebuilt.pendingWrite().txId()).isNotEqualTo(first.txId());
        bed.block();

        assertThat(pipeline.advance(rebuilt).stage()).isEqualTo(JobStage.PENDING_OPTIN);
        assertThat(bed.assetsCreated()).isEqualTo(1);
    }

    @Test
    void aMintTheChainRefusesIsReportedAndStaysRecorded() {
        Signer unfunded = TestKeys.newSigner();
        var poor = new MintPipeline(bed.chain, bed.store, role -> unfunded, bed.clock);
        MintJob job = bed.queuedJob(fan, StickerType.SOULBOUND);
        MintJob submitted = poor.advance(job);
        assertThat(submitted.stage()).isEqualTo(JobStage.MINT_SUBMITTED);

        assertThatThrownBy(() -> poor.advance(submitted)).isInstanceOf(WriteRefusedException.class);
        assertThat(bed.reload(job).pendingWrite()).isEqualTo(submitted.pendingWrite());
        bed.block();
        assertThat(bed.assetsCreated()).isZero();
    }

    @Test
    void aDeliveredJobStaysDelivered() {
        MintJob parked = parkedJob(StickerType.GOLDEN);
        bed.optIn(fan, parked.assetId());
        MintJob sent = pipeline.advance(bed.store.mintJobs().save(
                parked.advance(JobStage.MINTED, null, bed.clock.instant())));
        bed.block();
        MintJob delivered = pipeline.advance(sent);
        long transactions = bed.transactions();

        assertThat(pipeline.advance(delivered)).isEqualTo(delivered);
        bed.block();
        assertThat(bed.transactions()).isEqualTo(transactions);
    }

    private MintJob parkedJob(StickerType type) {
        MintJob job = bed.queuedJob(fan, type);
        pipeline.advance(job);
        bed.block();
        MintJob parked = pipeline.advance(bed.reload(job));
        assertThat(parked.stage()).isEqualTo(JobStage.PENDING_OPTIN);
        return parked;
    }

    private MintPipeline crashingPipeline() {
        return new MintPipeline(new CrashAfterSubmit(bed.chain, 1), bed.store, bed.signers, bed.clock);
    }
}
