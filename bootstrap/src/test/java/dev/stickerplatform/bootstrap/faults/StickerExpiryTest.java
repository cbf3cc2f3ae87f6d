package dev.stickerplatform.bootstrap.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.application.minting.ClaimStickerService;
import dev.stickerplatform.application.minting.ExpirePendingStickersService;
import dev.stickerplatform.application.minting.MintPipeline;
import dev.stickerplatform.application.minting.PipelineConfig;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.ChainWrite;
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
import dev.stickerplatform.domain.port.ForwardingChain;
import dev.stickerplatform.domain.port.MutableClock;
import dev.stickerplatform.domain.port.SignerRole;
import dev.stickerplatform.domain.port.TxnRequest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Stickers nobody opts in to are destroyed once their opt-in expiry has passed, exactly once, with the destroy
 * recorded before it is submitted: the MINTER's minimum balance drops by the asset's 0.1 ALGO and its balance by one
 * transaction fee, whether the process dies between recording and submitting, right after submitting, or not at
 * all. A claim after that is told the sticker expired. Simulated ledger, in-memory store, a clock moved by hand.
 */
class StickerExpiryTest extends FundedLedgerTest {
    static final Duration EXPIRY = Duration.ofDays(30);
    static final long ASSET_MIN_BALANCE = 100_000;
    static final long MIN_FEE = 1_000;
    MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    Address minter;

    @BeforeEach
    void pickMinter() {
        minter = signers.forRole(SignerRole.MINTER).address();
    }

    @Test
    void aNeverClaimedStickerIsDestroyedOnceAndItsMinimumBalanceReturnsToTheMinter() {
        MintJob parked = mintedAndParked();
        long minBalance = minBalanceOfMinter();
        long balance = balanceOfMinter();

        clock.advance(EXPIRY.plusSeconds(1));
        assertThat(expiry(chain).sweep()).isEqualTo(1);
        MintJob done = runToRest(store.mintJobs().find(parked.id()).orElseThrow());
        assertThat(expiry(chain).sweep()).isZero();

        assertThat(done.stage()).isEqualTo(JobStage.DESTROYED);
        assertThat(store.stickers().findByTip(parked.tipTxId()).orElseThrow().status())
                .isEqualTo(DeliveryStatus.EXPIRED);
        assertThat(ledger.asset(parked.assetId())).isEmpty();
        assertThat(minBalanceOfMinter()).isEqualTo(minBalance - ASSET_MIN_BALANCE);
        assertThat(balanceOfMinter()).isEqualTo(balance - MIN_FEE); // one destroy, one fee
    }

    @Test
    void aStickerYoungerThanTheExpiryIsKept() {
        MintJob parked = mintedAndParked();
        long minBalance = minBalanceOfMinter();

        clock.advance(EXPIRY.minusMinutes(1));

        assertThat(expiry(chain).sweep()).isZero();
        assertThat(store.mintJobs().find(parked.id()).orElseThrow().stage()).isEqualTo(JobStage.PENDING_OPTIN);
        assertThat(minBalanceOfMinter()).isEqualTo(minBalance);
    }

    @Test
    void theProcessDiesBetweenRecordingTheDestroyAndSubmittingIt() {
        MintJob parked = mintedAndParked();
        long minBalance = minBalanceOfMinter();
        long balance = balanceOfMinter();
        clock.advance(EXPIRY.plusSeconds(1));

        assertThatThrownBy(() -> expiry(new DiesBeforeSubmit(chain)).sweep()).isInstanceOf(DiesBeforeSubmit.Died.class);
        MintJob recorded = store.mintJobs().find(parked.id()).orElseThrow();
        assertThat(recorded.stage()).isEqualTo(JobStage.DESTROY_SUBMITTED);
        assertThat(recorded.pendingWrite()).isNotNull();
        assertThat(ledger.asset(parked.assetId())).isPresent(); // recorded, never sent

        assertThat(expiry(chain).sweep()).isZero(); // a restarted sweep leaves it to the workers
        MintJob done = runToRest(recorded);

        assertThat(done.stage()).isEqualTo(JobStage.DESTROYED);
        assertThat(ledger.asset(parked.assetId())).isEmpty();
        assertThat(minBalanceOfMinter()).isEqualTo(minBalance - ASSET_MIN_BALANCE);
        assertThat(balanceOfMinter()).isEqualTo(balance - MIN_FEE);
    }

    @Test
    void theProcessDiesRightAfterSubmittingTheDestroy() {
        MintJob parked = mintedAndParked();
        long minBalance = minBalanceOfMinter();
        long balance = balanceOfMinter();
        clock.advance(EXPIRY.plusSeconds(1));

        assertThatThrownBy(() -> expiry(new CrashingChain(chain, 1)).sweep())
                .isInstanceOf(CrashingChain.Crash.class);
        MintJob done = runToRest(store.mintJobs().find(parked.id()).orElseThrow());

        assertThat(done.stage()).isEqualTo(JobStage.DESTROYED);
        assertThat(minBalanceOfMinter()).isEqualTo(minBalance - ASSET_MIN_BALANCE);
        assertThat(balanceOfMinter()).isEqualTo(balance - MIN_FEE);
    }

    @Test
    void aClaimAfterTheExpiryIsToldTheStickerExpired() {
        MintJob parked = mintedAndParked();
        clock.advance(EXPIRY.plusSeconds(1));
        expiry(chain).sweep();
        var claims = new ClaimStickerService(store, chain, pipeline(chain), clock, PipelineConfig.defaults());
        long stickerId = parked.stickerId();

        // while the destroy is on its way, and once it is done
        assertThat(claims.claim(parked.fan(), stickerId)).isEqualTo(new ClaimStickerService.Result.Expired(
                parked.assetId()));
        runToRest(store.mintJobs().find(parked.id()).orElseThrow());
        assertThat(claims.claim(parked.fan(), stickerId)).isEqualTo(new ClaimStickerService.Result.Expired(
                parked.assetId()));
    }

    @Test
    void aStickerClaimedBeforeTheSweepIsNeverDestroyed() {
        DevWallet fan = DevWallet.generate();
        ledger.fund(fan.address(), MicroAlgos.ofAlgo(10));
        MintJob parked = runToRest(enqueue(fan.address()));
        optIn(fan, parked);
        var claims = new ClaimStickerService(store, chain, pipeline(chain), clock, PipelineConfig.defaults());
        assertThat(claims.claim(fan.address(), parked.stickerId())).isInstanceOfAny(
                ClaimStickerService.Result.Delivered.class, ClaimStickerService.Result.Delivering.class);
        assertThat(runToRest(store.mintJobs().find(parked.id()).orElseThrow()).stage())
                .isEqualTo(JobStage.DELIVERED);

        clock.advance(EXPIRY.plusDays(1));

        assertThat(expiry(chain).sweep()).isZero();
        assertThat(ledger.account(fan.address()).assets().get(parked.assetId()).amount()).isEqualTo(1);
    }

    private ExpirePendingStickersService expiry(Chain on) {
        return new ExpirePendingStickersService(store, pipeline(on), clock, EXPIRY);
    }

    private MintPipeline pipeline(Chain on) {
        return new MintPipeline(on, store, signers, clock);
    }

    private long minBalanceOfMinter() {
        return ledger.account(minter).minBalance().value();
    }

    private long balanceOfMinter() {
        return ledger.account(minter).balance().value();
    }

    /** A minted sticker for a fan who never opts in. */
    private MintJob mintedAndParked() {
        MintJob parked = runToRest(enqueue(DevWallet.generate().address()));
        assertThat(parked.stage()).isEqualTo(JobStage.PENDING_OPTIN);
        return parked;
    }

    /** A (restarted) worker: advances the job, waiting for rounds, until it needs nobody but the fan. */
    private MintJob runToRest(MintJob job) {
        MintPipeline pipeline = pipeline(chain);
        MintJob current = job;
        for (int i = 0; i < 50 && current.stage().isWorkable(); i++) {
            current = pipeline.advance(current);
            ledger.awaitRoundAfter(ledger.currentRound(), Duration.ofSeconds(1));
        }
        return current;
    }

    private MintJob enqueue(Address fan) {
        var template = store.templates().insert(new StickerTemplate(0, DevWallet.generate().address(), "Expiry",
                StickerType.SOULBOUND, TemplateCategory.TIP, MicroAlgos.ofAlgo(1),
                new ContentRef("bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku", "http://x/ipfs/a"),
                "image/png",
                new ContentRef("bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku", "http://x/ipfs/a"),
                Hash32.of(new byte[32]), clock.instant()));
        byte[] txid = new byte[32];
        new SecureRandom().nextBytes(txid);
        Tip tip = new Tip(TxId.fromHash(txid), AppId.of(1), fan, template.creator(), MicroAlgos.ofAlgo(2), "",
                Round.of(1), clock.instant());
        store.tips().insertIfAbsent(tip);
        MintJob job = MintJob.queued(tip, template, StickerType.SOULBOUND, null, clock.instant());
        store.mintJobs().insertIfAbsent(job);
        return store.mintJobs().find(job.id()).orElseThrow();
    }

    private void optIn(DevWallet fan, MintJob job) {
        byte[] unsigned = chain.encodeUnsigned(TxnRequest.AssetTransfer.optIn(fan.address(), job.assetId()));
        chain.submitSigned(List.of(fan.signPrepared(unsigned)));
        Round until = ledger.currentRound().plus(20);
        while (!ledger.account(fan.address()).isOptedIn(job.assetId())) {
            ledger.awaitRoundAfter(ledger.currentRound(), Duration.ofSeconds(1));
            assertThat(ledger.currentRound()).isLessThanOrEqualTo(until);
        }
    }

    /** The kill point between "recorded" and "submitted": the process dies before its submit leaves. */
    static final class DiesBeforeSubmit extends ForwardingChain {
        DiesBeforeSubmit(Chain chain) {
            super(chain);
        }

        static final class Died extends RuntimeException {
            Died() {
                super("simulated process death before submit");
            }
        }

        @Override
        public void submit(ChainWrite write) {
            throw new Died();
        }
    }
}
