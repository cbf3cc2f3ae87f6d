package dev.stickerplatform.application.minting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.application.CrashAfterSubmit;
import dev.stickerplatform.application.LosingChain;
import dev.stickerplatform.application.OneBlockPerWait;
import dev.stickerplatform.application.Testbed;
import dev.stickerplatform.domain.model.DeliveryStatus;
import dev.stickerplatform.domain.model.JobStage;
import dev.stickerplatform.domain.model.MintJob;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.StickerType;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.ForwardingChain;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A fan claims a sticker waiting for their opt-in, on the in-memory store and the simulated chain (one block per
 * round the claim waits for): delivered once, refused for someone else's sticker, before the opt-in and after the
 * expiry, and a claim killed right after its submit is finished by the next claim without a second transfer.
 */
class ClaimStickerServiceTest {
    final Testbed bed = new Testbed();
    final Chain chain = new OneBlockPerWait(bed.chain, bed.ledger);
    final PipelineConfig config = PipelineConfig.defaults();
    final MintPipeline pipeline = new MintPipeline(chain, bed.store, bed.signers, bed.clock);
    final DevWallet fan = bed.fundedWallet();

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void anOptedInFanGetsTheStickerDelivered() {
        MintJob parked = parkedJob();
        bed.optIn(fan, parked.assetId());

        var result = claims(chain).claim(fan.address(), parked.stickerId());

        var delivered = (ClaimStickerService.Result.Delivered) result;
        assertThat(delivered.assetId()).isEqualTo(parked.assetId());
        assertThat(bed.ledger.confirmation(delivered.txId())).isPresent();
        assertThat(bed.ledger.account(fan.address()).assets().get(parked.assetId()).amount()).isEqualTo(1);
        assertThat(bed.reload(parked).stage()).isEqualTo(JobStage.DELIVERED);
        assertThat(bed.store.stickers().find(parked.stickerId()).orElseThrow().status())
                .isEqualTo(DeliveryStatus.DELIVERED);
    }

    @Test
    void claimingADeliveredStickerAgainSendsNothing() {
        MintJob parked = parkedJob();
        bed.optIn(fan, parked.assetId());
        var first = claims(chain).claim(fan.address(), parked.stickerId());
        long transactions = bed.transactions();

        var again = claims(chain).claim(fan.address(), parked.stickerId());

        assertThat(again).isEqualTo(first);
        bed.block();
        assertThat(bed.transactions()).isEqualTo(transactions);
    }

    @Test
    void aFanWhoHasNotOptedInIsToldSo() {
        MintJob parked = parkedJob();

        assertThat(claims(chain).claim(fan.address(), parked.stickerId()))
                .isEqualTo(new ClaimStickerService.Result.NotOptedIn(parked.assetId()));
        assertThat(bed.reload(parked).stage()).isEqualTo(JobStage.PENDING_OPTIN);
    }

    @Test
    void someoneElsesStickerIsNotFound() {
        MintJob parked = parkedJob();
        DevWallet other = bed.fundedWallet();
        bed.optIn(other, parked.assetId());

        assertThat(claims(chain).claim(other.address(), parked.stickerId()))
                .isInstanceOf(ClaimStickerService.Result.NotFound.class);
        assertThat(claims(chain).claim(fan.address(), 999_999)).isInstanceOf(ClaimStickerService.Result.NotFound.class);
        assertThat(bed.reload(parked).stage()).isEqualTo(JobStage.PENDING_OPTIN);
    }

    @Test
    void anExpiredStickerCannotBeClaimed() {
        MintJob parked = parkedJob();
        bed.optIn(fan, parked.assetId());
        pipeline.expire(parked);

        assertThat(claims(chain).claim(fan.address(), parked.stickerId()))
                .isEqualTo(new ClaimStickerService.Result.Expired(parked.assetId()));
        assertThat(bed.reload(parked).stage()).isEqualTo(JobStage.DESTROY_SUBMITTED);
    }

    @Test
    void aDeliveryThatDoesNotConfirmInTimeIsReportedAsUnderWay() {
        MintJob parked = parkedJob();
        bed.optIn(fan, parked.assetId());
        Chain losing = new OneBlockPerWait(new LosingChain(bed.chain), bed.ledger);

        var result = new ClaimStickerService(bed.store, losing,
                new MintPipeline(losing, bed.store, bed.signers, bed.clock), bed.clock, config)
                .claim(fan.address(), parked.stickerId());

        assertThat(result).isEqualTo(new ClaimStickerService.Result.Delivering(parked.assetId()));
        assertThat(bed.reload(parked).stage()).isEqualTo(JobStage.DELIVERY_SUBMITTED);
    }

    @Test
    void aStalledChainEndsTheClaimAfterItsWaitsInsteadOfHangingTheRequest() {
        MintJob parked = parkedJob();
        bed.optIn(fan, parked.assetId());
        Chain stalled = new ForwardingChain(new LosingChain(bed.chain)) {
            @Override
            public Round awaitRoundAfter(Round round, Duration timeout) {
                return round; // no new round within the timeout, every time
            }
        };

        var result = claims(stalled).claim(fan.address(), parked.stickerId());

        assertThat(result).isEqualTo(new ClaimStickerService.Result.Delivering(parked.assetId()));
    }

    @Test
    void killedRightAfterSubmittingTheDeliveryTheNextClaimSendsNoSecondTransfer() {
        MintJob parked = parkedJob();
        bed.optIn(fan, parked.assetId());
        long before = bed.transactions();
        Chain crashing = new CrashAfterSubmit(chain, 1);
        assertThatThrownBy(() -> new ClaimStickerService(bed.store, crashing,
                new MintPipeline(crashing, bed.store, bed.signers, bed.clock), bed.clock, config)
                .claim(fan.address(), parked.stickerId())).isInstanceOf(CrashAfterSubmit.Crash.class);

        var result = claims(chain).claim(fan.address(), parked.stickerId());

        assertThat(result).isInstanceOf(ClaimStickerService.Result.Delivered.class);
        assertThat(bed.transactions() - before).isEqualTo(1);
        assertThat(bed.ledger.account(fan.address()).assets().get(parked.assetId()).amount()).isEqualTo(1);
    }

    private ClaimStickerService claims(Chain on) {
        return new ClaimStickerService(bed.store, on, new MintPipeline(on, bed.store, bed.signers, bed.clock),
                bed.clock, config);
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
