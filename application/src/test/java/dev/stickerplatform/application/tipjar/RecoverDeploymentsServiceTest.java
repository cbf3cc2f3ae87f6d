package dev.stickerplatform.application.tipjar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.application.CrashAfterSubmit;
import dev.stickerplatform.application.LosingChain;
import dev.stickerplatform.application.OneBlockPerWait;
import dev.stickerplatform.application.Testbed;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.TipJar;
import dev.stickerplatform.domain.model.TipJarStatus;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.TestKeys;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Finishing at start-up the deployments a previous process left half-way, on the in-memory store and the simulated
 * chain (one block per round it waits for): a creation submitted but never recorded as created, and a funding
 * submitted but never recorded as paid, each end ACTIVE with one app and one funding payment; a second recovery
 * (another restart) changes nothing; the periodic follow-up takes one step per call without waiting.
 */
class RecoverDeploymentsServiceTest {
    static final MicroAlgos FUND = MicroAlgos.of(100_000);
    final Testbed bed = new Testbed();
    final Chain waiting = new OneBlockPerWait(bed.chain, bed.ledger);
    final DeploymentConfig config = new DeploymentConfig(FUND, 6, Duration.ofSeconds(1));
    final DeploymentConfig noWait = new DeploymentConfig(FUND, 0, Duration.ofSeconds(1));
    final Address creator = TestKeys.newAddress();

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void nothingUnfinishedMeansNothingToDo() {
        assertThat(recovery(waiting, config).recover()).isZero();
        assertThat(recovery(waiting, config).followUp()).isZero();
        assertThat(bed.transactions()).isZero();
    }

    @Test
    void killedRightAfterSubmittingTheCreationTheRestartFinishesItOnce() {
        TipJar jar = deployer(waiting, config).newTipJar(UUID.randomUUID(), creator, 1, MicroAlgos.ofAlgo(1));
        bed.store.tipJars().insert(jar);
        assertThatThrownBy(() -> deployer(new CrashAfterSubmit(bed.chain, 1), config).start(jar))
                .isInstanceOf(CrashAfterSubmit.Crash.class);
        bed.block(); // the creation confirms while no process runs
        assertThat(stored().status()).as("created, not recorded, not funded").isEqualTo(TipJarStatus.DEPLOYING);

        assertThat(recovery(waiting, config).recover()).isEqualTo(1);

        TipJar active = stored();
        assertThat(active.status()).isEqualTo(TipJarStatus.ACTIVE);
        assertThat(active.createTxId()).isEqualTo(jar.pendingWrite().txId());
        assertThat(bed.ledger.account(active.appAddress()).balance()).isEqualTo(FUND);
        assertThat(bed.appsCreated()).isEqualTo(1);
    }

    @Test
    void killedRightAfterSubmittingTheFundingTheRestartPaysNoSecondTime() {
        TipJar jar = recorded();
        bed.block();
        assertThatThrownBy(() -> deployer(new CrashAfterSubmit(bed.chain, 1), config).advance(jar, 0))
                .isInstanceOf(CrashAfterSubmit.Crash.class);
        bed.block(); // the funding confirms while no process runs
        assertThat(stored().status()).as("funded, not recorded").isEqualTo(TipJarStatus.FUNDING);
        long transactions = bed.transactions();

        assertThat(recovery(waiting, config).recover()).isEqualTo(1);

        TipJar active = stored();
        assertThat(active.status()).isEqualTo(TipJarStatus.ACTIVE);
        assertThat(bed.ledger.account(active.appAddress()).balance()).isEqualTo(FUND);
        assertThat(bed.appsCreated()).isEqualTo(1);
        bed.block();
        assertThat(bed.transactions()).as("the funding adopted, not paid again").isEqualTo(transactions);
    }

    @Test
    void aSecondRestartFindsNothingLeftAndWritesNothing() {
        TipJar jar = deployer(waiting, config).newTipJar(UUID.randomUUID(), creator, 1, MicroAlgos.ofAlgo(1));
        bed.store.tipJars().insert(jar);
        assertThatThrownBy(() -> deployer(new CrashAfterSubmit(bed.chain, 1), config).start(jar))
                .isInstanceOf(CrashAfterSubmit.Crash.class);
        assertThat(recovery(waiting, config).recover()).isEqualTo(1);
        long transactions = bed.transactions();

        assertThat(recovery(waiting, config).recover()).isZero();
        assertThat(recovery(waiting, config).followUp()).isZero();

        bed.block();
        assertThat(bed.transactions()).isEqualTo(transactions);
        assertThat(bed.appsCreated()).isEqualTo(1);
        assertThat(stored().status()).isEqualTo(TipJarStatus.ACTIVE);
    }

    @Test
    void aCreationThatNeverReachedTheNodeIsSignedAgainOnceItCanNoLongerConfirm() {
        TipJar jar = deployer(waiting, config).newTipJar(UUID.randomUUID(), creator, 1, MicroAlgos.ofAlgo(1));
        bed.store.tipJars().insert(jar);
        deployer(new LosingChain(bed.chain), config).start(jar);
        while (bed.ledger.currentRound().value() <= jar.pendingWrite().lastValid().value()) {
            bed.block();
        }

        assertThat(recovery(waiting, config).recover()).isEqualTo(1);

        TipJar active = stored();
        assertThat(active.status()).isEqualTo(TipJarStatus.ACTIVE);
        assertThat(active.createTxId()).isNotEqualTo(jar.pendingWrite().txId());
        assertThat(bed.appsCreated()).isEqualTo(1);
        assertThat(bed.ledger.account(active.appAddress()).balance()).isEqualTo(FUND);
    }

    @Test
    void theFollowUpTakesOneStepPerCallWithoutWaitingForARound() {
        recorded();
        var recovery = recovery(bed.chain, noWait);
        var round = bed.ledger.currentRound();

        assertThat(recovery.followUp()).as("creation not confirmed yet").isZero();
        assertThat(bed.ledger.currentRound()).isEqualTo(round);
        bed.block();
        assertThat(recovery.followUp()).as("created; funding submitted").isZero();
        assertThat(stored().status()).isEqualTo(TipJarStatus.FUNDING);
        bed.block();
        assertThat(recovery.followUp()).isEqualTo(1);
        assertThat(recovery.followUp()).isZero();

        assertThat(bed.ledger.account(stored().appAddress()).balance()).isEqualTo(FUND);
        assertThat(bed.appsCreated()).isEqualTo(1);
    }

    @Test
    void everyUnfinishedDeploymentIsFinished() {
        Address other = TestKeys.newAddress();
        TipJar first = recorded();
        TipJar second = deployer(waiting, config).newTipJar(UUID.randomUUID(), other, 1, MicroAlgos.ofAlgo(2));
        bed.store.tipJars().insert(second);
        deployer(waiting, config).start(second);

        assertThat(recovery(waiting, config).recover()).isEqualTo(2);

        assertThat(bed.store.tipJars().current(first.creator()).orElseThrow().status())
                .isEqualTo(TipJarStatus.ACTIVE);
        assertThat(bed.store.tipJars().current(other).orElseThrow().status()).isEqualTo(TipJarStatus.ACTIVE);
        assertThat(bed.store.tipJars().unfinished()).isEmpty();
        assertThat(bed.appsCreated()).isEqualTo(2);
    }

    /** Records a new tip jar and submits its creation, as registration does. */
    private TipJar recorded() {
        TipJar jar = deployer(waiting, config).newTipJar(UUID.randomUUID(), creator, 1, MicroAlgos.ofAlgo(1));
        bed.store.tipJars().insert(jar);
        deployer(waiting, config).start(jar);
        return jar;
    }

    private TipJar stored() {
        return bed.store.tipJars().current(creator).orElseThrow();
    }

    private RecoverDeploymentsService recovery(Chain chain, DeploymentConfig with) {
        return new RecoverDeploymentsService(bed.store, deployer(chain, with), with);
    }

    private TipJarDeployer deployer(Chain chain, DeploymentConfig with) {
        return new TipJarDeployer(chain, bed.store, bed.signers, bed.clock, with);
    }
}
