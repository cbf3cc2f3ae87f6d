package dev.stickerplatform.application.minting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.application.Testbed;
import dev.stickerplatform.domain.model.DeliveryStatus;
import dev.stickerplatform.domain.model.JobStage;
import dev.stickerplatform.domain.model.MintJob;
import dev.stickerplatform.domain.model.StickerType;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The sweep that destroys unclaimed stickers, on the in-memory store and the simulated chain: only a sticker
 * waiting for opt-in longer than the expiry, once (a second sweep submits nothing), never a delivered one.
 */
class ExpirePendingStickersServiceTest {
    static final Duration EXPIRY = Duration.ofDays(30);
    final Testbed bed = new Testbed();
    final MintPipeline pipeline = new MintPipeline(bed.chain, bed.store, bed.signers, bed.clock);
    final ExpirePendingStickersService sweeper = new ExpirePendingStickersService(bed.store, pipeline, bed.clock,
            EXPIRY);
    final DevWallet fan = bed.fundedWallet();

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void anUnclaimedStickerPastTheExpiryIsDestroyedOnce() {
        MintJob parked = parkedJob();
        bed.clock.advance(EXPIRY.plusSeconds(1));

        assertThat(sweeper.sweep()).isEqualTo(1);
        assertThat(sweeper.sweep()).as("already being destroyed").isZero();
        bed.block();
        MintJob destroyed = pipeline.advance(bed.reload(parked));

        assertThat(destroyed.stage()).isEqualTo(JobStage.DESTROYED);
        assertThat(bed.ledger.asset(parked.assetId())).isEmpty();
        assertThat(bed.store.stickers().find(parked.stickerId()).orElseThrow().status())
                .isEqualTo(DeliveryStatus.EXPIRED);
    }

    @Test
    void aYoungerStickerWaits() {
        MintJob parked = parkedJob();
        bed.clock.advance(EXPIRY.minusSeconds(1));

        assertThat(sweeper.sweep()).isZero();
        assertThat(bed.reload(parked).stage()).isEqualTo(JobStage.PENDING_OPTIN);
    }

    @Test
    void aDeliveredStickerIsNeverDestroyed() {
        MintJob parked = parkedJob();
        bed.optIn(fan, parked.assetId());
        MintJob sent = pipeline.advance(bed.store.mintJobs().save(parked.advance(JobStage.MINTED, null,
                bed.clock.instant())));
        bed.block();
        pipeline.advance(sent);
        bed.clock.advance(EXPIRY.multipliedBy(2));

        assertThat(sweeper.sweep()).isZero();
        assertThat(bed.ledger.asset(parked.assetId())).isPresent();
    }

    @Test
    void theExpiryIsPositive() {
        assertThatThrownBy(() -> new ExpirePendingStickersService(bed.store, pipeline, bed.clock, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private MintJob parkedJob() {
        MintJob job = bed.queuedJob(fan, StickerType.SOULBOUND);
        pipeline.advance(job);
        bed.block();
        MintJob parked = pipeline.advance(bed.reload(job));
        assertThat(parked.stage()).isEqualTo(JobStage.PENDING_OPTIN);
        return parked;
    }
}
