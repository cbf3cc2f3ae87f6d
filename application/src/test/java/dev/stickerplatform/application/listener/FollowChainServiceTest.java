package dev.stickerplatform.application.listener;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.adapters.persistence.memory.SeededRandomness;
import dev.stickerplatform.application.OneBlockPerWait;
import dev.stickerplatform.application.Testbed;
import dev.stickerplatform.application.minting.MintPipeline;
import dev.stickerplatform.application.tipjar.DeploymentConfig;
import dev.stickerplatform.application.tipjar.RegisterCreatorService;
import dev.stickerplatform.application.tipjar.TipJarDeployer;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.DeliveryStatus;
import dev.stickerplatform.domain.model.JobStage;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.MintJob;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.StickerType;
import dev.stickerplatform.domain.model.Tip;
import dev.stickerplatform.domain.model.TipJar;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.SignerRole;
import dev.stickerplatform.domain.port.TestData;
import dev.stickerplatform.domain.port.TxnRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The listener on the in-memory store and the simulated chain, with a fan's real tip to a creator's real TipProxy:
 * the tip recorded with one mint job, a round seen twice changing nothing, the fan's opt-in sending a parked
 * sticker back to the workers (queued → minted → pending opt-in → delivered, end to end), and a golden sticker
 * passed on changing owner.
 */
class FollowChainServiceTest {
    final Testbed bed = new Testbed();
    final Chain waiting = new OneBlockPerWait(bed.chain, bed.ledger);
    final MintPipeline pipeline = new MintPipeline(bed.chain, bed.store, bed.signers, bed.clock);
    final DevWallet creator = bed.fundedWallet();
    final DevWallet fan = bed.fundedWallet();
    TipJar jar;
    FollowChainService listener;

    @BeforeEach
    void aCreatorWithATipJarAndTwoTemplates() {
        DeploymentConfig config = new DeploymentConfig(MicroAlgos.of(100_000), 6, Duration.ofSeconds(1));
        jar = new RegisterCreatorService(bed.store, waiting, new TipJarDeployer(waiting, bed.store, bed.signers,
                bed.clock, config), new SeededRandomness(1), bed.clock, config)
                .register(new RegisterCreatorService.Command(creator.address(), "creator", MicroAlgos.ofAlgo(1)))
                .tipJar();
        bed.store.templates().insert(TestData.aTemplate().by(creator.address()).named("Thanks")
                .withThreshold(1_000_000).createdAt(bed.clock.instant()).build());
        bed.store.templates().insert(TestData.aTemplate().by(creator.address()).named("Shiny")
                .ofType(StickerType.GOLDEN).withThreshold(5_000_000).createdAt(bed.clock.instant()).build());
        listener = new FollowChainService(bed.chain, bed.store, bed.clock, bed.ledger.currentRound().next(),
                bed.signer(SignerRole.ADMIN).address());
    }

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void aRoundNotProducedYetIsNotYetFollowed() {
        Round next = listener.nextRound();

        assertThat(listener.processNext()).isEqualTo(new FollowChainService.Step.NotYet(next));
        assertThat(listener.nextRound()).isEqualTo(next);
    }

    @Test
    void aFansTipIsRecordedWithOneMintJob() {
        TxId tipTxId = tip(fan, MicroAlgos.ofAlgo(2), "gm");

        Totals seen = followToTheEnd();

        assertThat(seen.tips).isEqualTo(1);
        assertThat(seen.jobs).isEqualTo(1);
        Tip tip = bed.store.tips().find(tipTxId).orElseThrow();
        assertThat(tip.fan()).isEqualTo(fan.address());
        assertThat(tip.creator()).isEqualTo(creator.address());
        assertThat(tip.amount()).isEqualTo(MicroAlgos.ofAlgo(2));
        assertThat(tip.memo().text()).isEqualTo("gm");
        MintJob job = bed.store.mintJobs().find(MintJob.idFor(tipTxId)).orElseThrow();
        assertThat(job.stage()).isEqualTo(JobStage.QUEUED);
        assertThat(job.type()).isEqualTo(StickerType.SOULBOUND);
        assertThat(job.fan()).isEqualTo(fan.address());
    }

    @Test
    void aRoundSeenTwiceChangesNothing() {
        TxId tipTxId = tip(fan, MicroAlgos.ofAlgo(2), "gm");
        Round round = bed.ledger.currentRound();
        followToTheEnd();
        MintJob job = bed.store.mintJobs().find(MintJob.idFor(tipTxId)).orElseThrow();

        var again = (FollowChainService.Step.Processed) listener.process(round);

        assertThat(again.tips()).isZero();
        assertThat(again.jobs()).isZero();
        assertThat(bed.store.mintJobs().find(job.id())).contains(job);
    }

    @Test
    void aBiggerTipEarnsTheGoldenTemplate() {
        TxId tipTxId = tip(fan, MicroAlgos.ofAlgo(6), "");

        followToTheEnd();

        assertThat(bed.store.mintJobs().find(MintJob.idFor(tipTxId)).orElseThrow().type())
                .isEqualTo(StickerType.GOLDEN);
    }

    @Test
    void theFansOptInSendsTheParkedStickerBackToTheWorkersAndItIsDelivered() {
        TxId tipTxId = tip(fan, MicroAlgos.ofAlgo(2), "gm");
        followToTheEnd();
        MintJob parked = mintToRest(tipTxId);
        assertThat(parked.stage()).isEqualTo(JobStage.PENDING_OPTIN);

        bed.optIn(fan, parked.assetId());
        Totals seen = followToTheEnd();

        assertThat(seen.requeued).isEqualTo(1);
        assertThat(bed.reload(parked).stage()).isEqualTo(JobStage.MINTED);
        MintJob delivered = mintToRest(tipTxId);
        assertThat(delivered.stage()).isEqualTo(JobStage.DELIVERED);
        assertThat(bed.store.stickers().findByTip(tipTxId).orElseThrow().status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(bed.ledger.account(fan.address()).assets().get(parked.assetId()).amount()).isEqualTo(1);
        assertThat(followToTheEnd().requeued).as("the delivery itself sends nothing back").isZero();
    }

    @Test
    void aGoldenStickerPassedOnBelongsToItsNewHolder() {
        TxId tipTxId = tip(fan, MicroAlgos.ofAlgo(6), "");
        followToTheEnd();
        AssetId asset = mintToRest(tipTxId).assetId();
        bed.optIn(fan, asset);
        followToTheEnd();
        mintToRest(tipTxId);
        DevWallet friend = bed.fundedWallet();
        bed.optIn(friend, asset);

        byte[] unsigned = bed.chain.encodeUnsigned(new TxnRequest.AssetTransfer(fan.address(), asset,
                friend.address(), 1, null, null));
        bed.chain.submitSigned(List.of(fan.signPrepared(unsigned)));
        bed.block();
        followToTheEnd();

        assertThat(bed.store.stickers().findByTip(tipTxId).orElseThrow().owner()).isEqualTo(friend.address());
    }

    /** The fan's tip group to the creator's app, confirmed in a new block; returns the app call's txid. */
    private TxId tip(DevWallet from, MicroAlgos amount, String memo) {
        List<TxId> ids = bed.chain.submitSigned(from.signTip(jar.appId(), creator.address(), amount, memo,
                bed.chain.suggestedParams()));
        bed.block();
        return ids.getLast();
    }

    private Totals followToTheEnd() {
        Totals totals = new Totals();
        while (listener.processNext() instanceof FollowChainService.Step.Processed step) {
            totals.tips += step.tips();
            totals.jobs += step.jobs();
            totals.requeued += step.deliveriesRequeued();
        }
        return totals;
    }

    /** A worker's work on the tip's job, block by block, until it waits for nobody but the fan. */
    private MintJob mintToRest(TxId tipTxId) {
        MintJob job = bed.store.mintJobs().find(MintJob.idFor(tipTxId)).orElseThrow();
        for (int i = 0; i < 5 && job.stage().isWorkable(); i++) {
            pipeline.advance(job);
            bed.block();
            job = bed.reload(job);
        }
        return pipeline.advance(job);
    }

    private static final class Totals {
        int tips;
        int jobs;
        int requeued;
    }
}
