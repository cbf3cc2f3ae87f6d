package dev.stickerplatform.bootstrap.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.adapters.persistence.memory.SeededRandomness;
import dev.stickerplatform.application.minting.MintPipeline;
import dev.stickerplatform.application.tipjar.DeploymentConfig;
import dev.stickerplatform.application.tipjar.RecoverDeploymentsService;
import dev.stickerplatform.application.tipjar.RegisterCreatorService;
import dev.stickerplatform.application.tipjar.TipJarDeployer;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.ContentRef;
import dev.stickerplatform.domain.model.DeliveryStatus;
import dev.stickerplatform.domain.model.Hash32;
import dev.stickerplatform.domain.model.JobStage;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.MintJob;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.StickerTemplate;
import dev.stickerplatform.domain.model.StickerType;
import dev.stickerplatform.domain.model.TemplateCategory;
import dev.stickerplatform.domain.model.Tip;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.SignerRole;
import dev.stickerplatform.domain.port.TxnRequest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Kill points for every platform write (deploy, fund, mint, delivery): the process dies right after its submit
 * reached the chain and before the store recorded the outcome. A restarted process (fresh services over the
 * same store and chain) finishes the work, and the chain holds exactly one app / one funding / one ASA / one
 * transfer.
 */
class KillPointTest extends FundedLedgerTest {
    Clock clock = Clock.systemUTC();
    /**
     * 50 rounds of 20 ms: a deployment needs 2 or 3 of them, but a loaded machine (or PostgreSQL) can spend several
     * rounds between two checks, and the kill points assert the outcome, not how fast it comes.
     */
    DeploymentConfig deployment = new DeploymentConfig(MicroAlgos.of(100_000), 50, Duration.ofSeconds(2));

    @Test
    void deployDiesRightAfterSubmittingTheCreate() {
        Address creator = DevWallet.generate().address();
        assertThatThrownBy(() -> register(new CrashingChain(chain, 1), creator))
                .isInstanceOf(CrashingChain.Crash.class);

        new RecoverDeploymentsService(store, deployer(chain), deployment).recover();

        assertOneActiveFundedTipJar(creator);
    }

    @Test
    void deployDiesRightAfterSubmittingTheFunding() {
        Address creator = DevWallet.generate().address();
        assertThatThrownBy(() -> register(new CrashingChain(chain, 2), creator))
                .isInstanceOf(CrashingChain.Crash.class);

        var result = register(chain, creator);

        assertThat(result).isInstanceOf(RegisterCreatorService.Result.Active.class);
        assertThat(appsCreated()).isEqualTo(1);
        assertThat(ledger.account(result.tipJar().appAddress()).balance()).isEqualTo(MicroAlgos.of(100_000));
    }

    @Test
    void mintDiesRightAfterSubmittingTheAssetCreation() {
        DevWallet fan = fundedFan();
        MintJob job = enqueue(fan.address(), StickerType.GOLDEN);
        assertThatThrownBy(() -> new MintPipeline(new CrashingChain(chain, 1), store, signers, clock).advance(job))
                .isInstanceOf(CrashingChain.Crash.class);

        MintJob done = runToRest(store.mintJobs().find(job.id()).orElseThrow());

        assertThat(done.stage()).isEqualTo(JobStage.PENDING_OPTIN);
        assertThat(assetsCreated()).isEqualTo(1);
        assertThat(store.stickers().findByTip(job.tipTxId())).get()
                .satisfies(s -> assertThat(s.assetId()).isEqualTo(done.assetId()));
    }

    @Test
    void deliveryDiesRightAfterSubmittingTheTransfer() {
        DevWallet fan = fundedFan();
        MintJob job = enqueue(fan.address(), StickerType.SOULBOUND);
        MintJob parked = runToRest(job);
        optIn(fan, parked);
        MintJob ready = store.mintJobs().save(parked.advance(JobStage.MINTED, null, clock.instant()));
        assertThatThrownBy(() -> new MintPipeline(new CrashingChain(chain, 1), store, signers, clock).advance(ready))
                .isInstanceOf(CrashingChain.Crash.class);

        MintJob done = runToRest(store.mintJobs().find(job.id()).orElseThrow());

        assertThat(done.stage()).isEqualTo(JobStage.DELIVERED);
        assertThat(ledger.account(fan.address()).assets().get(done.assetId()).amount()).isEqualTo(1);
        assertThat(ledger.account(signers.forRole(SignerRole.MINTER).address()).assets().get(done.assetId()).amount())
                .isZero();
        var sticker = store.stickers().findByTip(job.tipTxId()).orElseThrow();
        assertThat(sticker.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(sticker.deliveryTxId()).isEqualTo(done.deliveryTxId());
        assertThat(ledger.confirmation(done.deliveryTxId())).isPresent();
        assertThat(assetsCreated()).isEqualTo(1);
    }

    private RegisterCreatorService.Result register(Chain on, Address creator) {
        return new RegisterCreatorService(store, on, deployer(on), new SeededRandomness(7), clock, deployment)
                .register(new RegisterCreatorService.Command(creator, null, MicroAlgos.ofAlgo(1)));
    }

    private TipJarDeployer deployer(Chain on) {
        return new TipJarDeployer(on, store, signers, clock, deployment);
    }

    /** A restarted worker: advances the job, waiting for rounds, until it needs nobody but the fan. */
    private MintJob runToRest(MintJob job) {
        MintPipeline pipeline = new MintPipeline(chain, store, signers, clock);
        MintJob current = job;
        for (int i = 0; i < 50 && current.stage().isWorkable(); i++) {
            current = pipeline.advance(current);
            ledger.awaitRoundAfter(ledger.currentRound(), Duration.ofSeconds(1));
        }
        return current;
    }

    private MintJob enqueue(Address fan, StickerType type) {
        var template = store.templates().insert(new StickerTemplate(0, DevWallet.generate().address(), "Kill point",
                type, TemplateCategory.TIP, MicroAlgos.ofAlgo(1),
                new ContentRef("bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku", "http://x/ipfs/a"),
                "image/png",
                new ContentRef("bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku", "http://x/ipfs/a"),
                Hash32.of(new byte[32]), clock.instant()));
        byte[] txid = new byte[32];
        new SecureRandom().nextBytes(txid);
        Tip tip = new Tip(TxId.fromHash(txid), dev.stickerplatform.domain.model.AppId.of(1), fan, template.creator(),
                MicroAlgos.ofAlgo(2), "", Round.of(1), clock.instant());
        store.tips().insertIfAbsent(tip);
        MintJob job = MintJob.queued(tip, template, type, null, clock.instant());
        store.mintJobs().insertIfAbsent(job);
        return store.mintJobs().find(job.id()).orElseThrow();
    }

    private DevWallet fundedFan() {
        DevWallet fan = DevWallet.generate();
        ledger.fund(fan.address(), MicroAlgos.ofAlgo(10));
        return fan;
    }

    private void optIn(DevWallet fan, MintJob job) {
        byte[] unsigned = chain.encodeUnsigned(TxnRequest.AssetTransfer.optIn(fan.address(), job.assetId()));
        chain.submitSigned(java.util.List.of(fan.signPrepared(unsigned)));
        Round until = ledger.currentRound().plus(2);
        while (!ledger.account(fan.address()).isOptedIn(job.assetId())) {
            ledger.awaitRoundAfter(ledger.currentRound(), Duration.ofSeconds(1));
            assertThat(ledger.currentRound()).isLessThanOrEqualTo(until.plus(20));
        }
    }

    private long assetsCreated() {
        return confirmations().filter(c -> c.createdAsset() != null).count();
    }
}
