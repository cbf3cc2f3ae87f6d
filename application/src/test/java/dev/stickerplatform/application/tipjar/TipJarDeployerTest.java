package dev.stickerplatform.application.tipjar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.adapters.algorand.tipproxy.TipProxyAbi;
import dev.stickerplatform.application.CrashAfterSubmit;
import dev.stickerplatform.application.LosingChain;
import dev.stickerplatform.application.Testbed;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.ChainWrite;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.PlatformFee;
import dev.stickerplatform.domain.model.TipJar;
import dev.stickerplatform.domain.model.TipJarStatus;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.SignerRole;
import dev.stickerplatform.domain.port.TestKeys;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A tip jar's deployment DEPLOYING → FUNDING → ACTIVE on the in-memory store and the simulated chain, one step per
 * block; each kill point right after a submit, and a lost creation rebuilt once it can no longer confirm: one app
 * and one funding payment whatever happens.
 */
class TipJarDeployerTest {
    static final MicroAlgos FUND = MicroAlgos.of(100_000);
    final Testbed bed = new Testbed();
    final DeploymentConfig config = new DeploymentConfig(FUND, 0, Duration.ofSeconds(1));
    final TipJarDeployer deployer = deployer(bed.chain);
    final Address creator = TestKeys.newAddress();

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void aNewTipJarCarriesItsSignedCreationAndIsSubmittedOnlyOnceRecorded() {
        TipJar jar = deployer.newTipJar(UUID.randomUUID(), creator, 1, MicroAlgos.ofAlgo(1));

        assertThat(jar.status()).isEqualTo(TipJarStatus.DEPLOYING);
        assertThat(jar.pendingWrite()).isNotNull();
        assertThat(bed.ledger.isPending(jar.pendingWrite().txId())).isFalse();

        record(jar);

        assertThat(bed.ledger.isPending(jar.pendingWrite().txId())).isTrue();
    }

    @Test
    void eachConfirmedWriteMovesTheDeploymentOneStage() {
        TipJar jar = record(deployer.newTipJar(UUID.randomUUID(), creator, 1, MicroAlgos.ofAlgo(1)));

        assertThat(deployer.advance(jar, 0).status()).isEqualTo(TipJarStatus.DEPLOYING);
        bed.block();
        TipJar funding = deployer.advance(jar, 0);
        assertThat(funding.status()).isEqualTo(TipJarStatus.FUNDING);
        assertThat(funding.appId()).isNotNull();
        assertThat(funding.createTxId()).isEqualTo(jar.pendingWrite().txId());
        assertThat(stored(jar)).isEqualTo(funding);
        bed.block();
        TipJar active = deployer.advance(funding, 0);

        assertThat(active.status()).isEqualTo(TipJarStatus.ACTIVE);
        assertThat(active.activatedAt()).isEqualTo(bed.clock.instant());
        assertThat(stored(jar)).isEqualTo(active);
        assertThat(bed.ledger.account(active.appAddress()).balance()).isEqualTo(FUND);
        assertThat(bed.appsCreated()).isEqualTo(1);
    }

    @Test
    void theAppIsCreatedWithThePlatformsTerms() {
        TipJar active = deployed();

        var global = bed.ledger.appGlobalState(active.appId()).orElseThrow();
        assertThat(global.get(TipProxyAbi.CONTRACT_VERSION).uint()).isEqualTo(TipJarDeployer.CONTRACT_VERSION);
        assertThat(global.get(TipProxyAbi.MIN_TIP_AMOUNT).uint()).isEqualTo(1_000_000);
        assertThat(global.get(TipProxyAbi.PLATFORM_ADDRESS).bytes())
                .isEqualTo(bed.signer(SignerRole.ADMIN).address().publicKey());
        assertThat(deployer.terms()).isEqualTo(new TipJarDeployer.Terms(bed.signer(SignerRole.ADMIN).address(),
                bed.signer(SignerRole.MINTER).address(), PlatformFee.NONE));
    }

    @Test
    void killedRightAfterSubmittingTheCreationTheRetryCreatesNoSecondApp() {
        TipJar jar = deployer.newTipJar(UUID.randomUUID(), creator, 1, MicroAlgos.ofAlgo(1));
        bed.store.tipJars().insert(jar);
        assertThatThrownBy(() -> deployer(new CrashAfterSubmit(bed.chain, 1)).start(jar))
                .isInstanceOf(CrashAfterSubmit.Crash.class);

        TipJar active = runToEnd(stored(jar));

        assertThat(active.status()).isEqualTo(TipJarStatus.ACTIVE);
        assertThat(bed.appsCreated()).isEqualTo(1);
    }

    @Test
    void killedRightAfterSubmittingTheFundingTheRetryPaysOnce() {
        TipJar jar = record(deployer.newTipJar(UUID.randomUUID(), creator, 1, MicroAlgos.ofAlgo(1)));
        bed.block();
        assertThatThrownBy(() -> deployer(new CrashAfterSubmit(bed.chain, 1)).advance(jar, 0))
                .isInstanceOf(CrashAfterSubmit.Crash.class);
        assertThat(stored(jar).status()).isEqualTo(TipJarStatus.FUNDING);

        TipJar active = runToEnd(stored(jar));

        assertThat(active.status()).isEqualTo(TipJarStatus.ACTIVE);
        assertThat(bed.ledger.account(active.appAddress()).balance()).isEqualTo(FUND);
        assertThat(bed.appsCreated()).isEqualTo(1);
    }

    @Test
    void aSecondCallerWithAStaleCopyFindsTheAppFundedAndPaysNothing() {
        TipJar jar = record(deployer.newTipJar(UUID.randomUUID(), creator, 1, MicroAlgos.ofAlgo(1)));
        bed.block();
        TipJar stale = stored(jar);  // read by a request while another process's follow-up goes on
        deployer.advance(stale, 0);  // the follow-up: created → funding submitted
        bed.block();                 // the funding confirms

        TipJar second = deployer.advance(stale, 0);  // the request, still holding DEPLOYING
        TipJar active = runToEnd(second);

        assertThat(second.status()).isEqualTo(TipJarStatus.ACTIVE);
        assertThat(active.status()).isEqualTo(TipJarStatus.ACTIVE);
        assertThat(bed.ledger.account(active.appAddress()).balance()).isEqualTo(FUND);
        assertThat(bed.appsCreated()).isEqualTo(1);
    }

    @Test
    void aCreationLostOnTheWayIsSignedAgainOnceItCanNoLongerConfirm() {
        TipJar jar = deployer.newTipJar(UUID.randomUUID(), creator, 1, MicroAlgos.ofAlgo(1));
        bed.store.tipJars().insert(jar);
        deployer(new LosingChain(bed.chain)).start(jar);
        ChainWrite lost = jar.pendingWrite();
        while (bed.ledger.currentRound().value() <= lost.lastValid().value()) {
            bed.block();
        }

        TipJar again = deployer.advance(stored(jar), 0);
        assertThat(again.pendingWrite().txId()).isNotEqualTo(lost.txId());
        TipJar active = runToEnd(again);

        assertThat(active.status()).isEqualTo(TipJarStatus.ACTIVE);
        assertThat(bed.appsCreated()).isEqualTo(1);
    }

    @Test
    void aMinimumTipAtOrBelowTheFeeFloorIsRefused() {
        var withFee = deployer(bed.chain, config.withFee(new PlatformFee(500, MicroAlgos.of(200_000)), null));

        assertThatThrownBy(() -> withFee.checkMinTip(MicroAlgos.of(200_000)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fee floor");
        assertThat(withFee.checkMinTip(MicroAlgos.ofAlgo(1))).isEqualTo(MicroAlgos.ofAlgo(1));
    }

    @Test
    void anActiveTipJarStaysAsItIs() {
        TipJar active = deployed();
        long transactions = bed.transactions();

        assertThat(deployer.advance(active, 0)).isEqualTo(active);
        bed.block();
        assertThat(bed.transactions()).isEqualTo(transactions);
    }

    private TipJar deployed() {
        return runToEnd(record(deployer.newTipJar(UUID.randomUUID(), creator, 1, MicroAlgos.ofAlgo(1))));
    }

    /** Records the new tip jar, then submits its creation, as registration does. */
    private TipJar record(TipJar jar) {
        bed.store.tipJars().insert(jar);
        deployer.start(jar);
        return jar;
    }

    private TipJar runToEnd(TipJar jar) {
        TipJar current = jar;
        for (int i = 0; i < 5 && current.status() != TipJarStatus.ACTIVE; i++) {
            current = deployer.advance(current, 0);
            bed.block();
        }
        return current;
    }

    private TipJar stored(TipJar jar) {
        return bed.store.tipJars().current(jar.creator()).orElseThrow();
    }

    private TipJarDeployer deployer(Chain chain) {
        return deployer(chain, config);
    }

    private TipJarDeployer deployer(Chain chain, DeploymentConfig with) {
        return new TipJarDeployer(chain, bed.store, bed.signers, bed.clock, with);
    }
}
