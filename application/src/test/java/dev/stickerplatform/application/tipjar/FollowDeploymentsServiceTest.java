package dev.stickerplatform.application.tipjar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.adapters.persistence.memory.SeededRandomness;
import dev.stickerplatform.application.CrashAfterSubmit;
import dev.stickerplatform.application.OneBlockPerWait;
import dev.stickerplatform.application.Testbed;
import dev.stickerplatform.application.approval.ProposeApprovalService;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.Approval;
import dev.stickerplatform.domain.model.ApprovalKind;
import dev.stickerplatform.domain.model.ApprovalState;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.PlatformFee;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.TipJar;
import dev.stickerplatform.domain.model.TipJarStatus;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.ChainUnavailableException;
import dev.stickerplatform.domain.port.ForwardingChain;
import dev.stickerplatform.domain.port.PageRequest;
import dev.stickerplatform.domain.port.TestKeys;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The background follower of pending deployments on the in-memory store and the simulated chain, blocks produced by
 * the test: a registration answered 202 becomes active with no further request; an upgrade finishing late proposes
 * deleting the old app once, however often it is followed and by how many processes; the kill point during its
 * funding leaves one payment; its loop follows round after round and outlives an outage.
 */
class FollowDeploymentsServiceTest {
    static final MicroAlgos FUND = MicroAlgos.of(100_000);
    static final PlatformFee FEE = new PlatformFee(500, MicroAlgos.of(150_000));
    final Testbed bed = new Testbed();
    final Chain waiting = new OneBlockPerWait(bed.chain, bed.ledger);
    final DeploymentConfig waits = new DeploymentConfig(FUND, 6, Duration.ofSeconds(1));
    final DeploymentConfig noWait = new DeploymentConfig(FUND, 0, Duration.ofMillis(1));
    final ProposeApprovalService approvals = new ProposeApprovalService(bed.store, bed.chain, bed.signers,
            new SeededRandomness(5), bed.clock);
    final Address creator = TestKeys.newAddress();

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void nothingPendingMeansNothingWritten() {
        assertThat(follower(bed.chain, noWait).followUp()).isZero();
        bed.block();
        assertThat(bed.transactions()).isZero();
    }

    @Test
    void aRegistrationAnswered202BecomesActiveWithNoFurtherRequest() {
        var pending = register(noWait);
        assertThat(pending).isInstanceOf(RegisterCreatorService.Result.Pending.class);
        var follower = follower(bed.chain, noWait);

        int activated = 0;
        for (int i = 0; i < 5; i++) {
            bed.block();
            activated += follower.followUp();
        }

        TipJar active = current();
        assertThat(activated).as("became active once").isEqualTo(1);
        assertThat(active.id()).isEqualTo(pending.tipJar().id());
        assertThat(active.status()).isEqualTo(TipJarStatus.ACTIVE);
        assertThat(bed.ledger.account(active.appAddress()).balance()).isEqualTo(FUND);
        assertThat(bed.appsCreated()).isEqualTo(1);
        assertThat(approvals()).as("a first tip jar replaces nothing").isEmpty();
    }

    @Test
    void anUpgradeFinishingLateProposesDeletingTheOldAppOnce() {
        TipJar old = register(waits).tipJar();
        var upgrade = (UpgradeTipJarService.Result.Pending) upgrades(noWait.withFee(FEE, null)).upgrade(creator);
        var follower = follower(bed.chain, noWait.withFee(FEE, null));

        int activated = 0;
        for (int i = 0; i < 5; i++) {
            bed.block();
            activated += follower.followUp();
        }

        assertThat(activated).isEqualTo(1);
        TipJar fresh = current();
        assertThat(fresh.id()).isEqualTo(upgrade.newJar().id());
        assertThat(fresh.status()).isEqualTo(TipJarStatus.ACTIVE);
        assertThat(bed.appsCreated()).isEqualTo(2);
        Approval deletion = approvals().getFirst();
        assertThat(approvals()).hasSize(1);
        assertThat(deletion.kind()).isEqualTo(ApprovalKind.DELETE_TIP_JAR);
        assertThat(deletion.state()).isEqualTo(ApprovalState.PENDING);
        assertThat(deletion.summary()).contains(old.appId().toString()).contains(fresh.appId().toString());
        assertThat(bed.ledger.appGlobalState(old.appId())).as("deleted only once approved").isPresent();
    }

    @Test
    void twoProcessesFollowingTheSameUpgradeLandOneAppOnePaymentAndOneProposal() {
        register(waits);
        upgrades(noWait.withFee(FEE, null)).upgrade(creator);
        var first = follower(bed.chain, noWait.withFee(FEE, null));
        var second = new FollowDeploymentsService(bed.store, bed.chain, deployer(bed.chain, noWait.withFee(FEE,
                null)), bed.signers, new ProposeApprovalService(bed.store, bed.chain, bed.signers,
                new SeededRandomness(6), bed.clock), noWait.withFee(FEE, null));

        for (int i = 0; i < 5; i++) {
            bed.block();
            first.followUp();
            second.followUp();
        }

        TipJar fresh = current();
        assertThat(fresh.status()).isEqualTo(TipJarStatus.ACTIVE);
        assertThat(bed.appsCreated()).isEqualTo(2);
        assertThat(bed.ledger.account(fresh.appAddress()).balance()).isEqualTo(FUND);
        assertThat(approvals()).singleElement()
                .satisfies(a -> assertThat(a.kind()).isEqualTo(ApprovalKind.DELETE_TIP_JAR));
    }

    @Test
    void killedRightAfterSubmittingTheFundingTheNextFollowUpPaysNoSecondTime() {
        register(noWait);
        bed.block(); // the creation confirms
        assertThatThrownBy(() -> follower(new CrashAfterSubmit(bed.chain, 1), noWait).followUp())
                .isInstanceOf(CrashAfterSubmit.Crash.class);
        assertThat(current().status()).isEqualTo(TipJarStatus.FUNDING);

        var follower = follower(bed.chain, noWait);
        int activated = 0;
        for (int i = 0; i < 3; i++) {
            bed.block();
            activated += follower.followUp();
        }

        assertThat(activated).isEqualTo(1);
        assertThat(current().status()).isEqualTo(TipJarStatus.ACTIVE);
        assertThat(bed.ledger.account(current().appAddress()).balance()).isEqualTo(FUND);
        assertThat(bed.appsCreated()).isEqualTo(1);
    }

    @Test
    void theLoopFollowsRoundAfterRoundUntilInterrupted() {
        register(noWait);
        var chain = new StopWhenActive(new OneBlockPerWait(bed.chain, bed.ledger), 0);

        follower(chain, noWait).run();
        boolean interrupted = Thread.interrupted(); // read and cleared, so the test thread goes on uninterrupted

        assertThat(current().status()).isEqualTo(TipJarStatus.ACTIVE);
        assertThat(bed.appsCreated()).isEqualTo(1);
        assertThat(interrupted).as("stopped by its interrupt, which stays set").isTrue();
    }

    @Test
    void theLoopOutlivesAnOutageAndGoesOnNextRound() {
        register(noWait);
        var chain = new StopWhenActive(new OneBlockPerWait(bed.chain, bed.ledger), 1);

        follower(chain, noWait).run();
        boolean interrupted = Thread.interrupted(); // read and cleared, so the test thread goes on uninterrupted

        assertThat(chain.outages.get()).as("waited again after the outage").isNegative();
        assertThat(current().status()).isEqualTo(TipJarStatus.ACTIVE);
        assertThat(bed.appsCreated()).isEqualTo(1);
        assertThat(interrupted).isTrue();
    }

    /** One block per wait; the first {@code outages} waits fail; the thread is interrupted once the jar is active. */
    private final class StopWhenActive extends ForwardingChain {
        final AtomicInteger outages;

        StopWhenActive(Chain chain, int outages) {
            super(chain);
            this.outages = new AtomicInteger(outages);
        }

        @Override
        public Round awaitRoundAfter(Round round, Duration timeout) {
            if (outages.getAndDecrement() > 0) {
                throw new ChainUnavailableException("node down", null);
            }
            Round next = super.awaitRoundAfter(round, timeout);
            if (current().status() == TipJarStatus.ACTIVE || next.value() > 20) {
                Thread.currentThread().interrupt();
            }
            return next;
        }
    }

    private RegisterCreatorService.Result register(DeploymentConfig config) {
        Chain on = config.waitRounds() > 0 ? waiting : bed.chain;
        return new RegisterCreatorService(bed.store, on, deployer(on, config), new SeededRandomness(7), bed.clock,
                config).register(new RegisterCreatorService.Command(creator, null, MicroAlgos.ofAlgo(1)));
    }

    private UpgradeTipJarService upgrades(DeploymentConfig config) {
        return new UpgradeTipJarService(bed.store, bed.chain, deployer(bed.chain, config), bed.signers,
                new SeededRandomness(9), bed.clock, config, approvals);
    }

    private FollowDeploymentsService follower(Chain chain, DeploymentConfig config) {
        return new FollowDeploymentsService(bed.store, chain, deployer(chain, config), bed.signers, approvals,
                config);
    }

    private TipJarDeployer deployer(Chain chain, DeploymentConfig config) {
        return new TipJarDeployer(chain, bed.store, bed.signers, bed.clock, config);
    }

    private TipJar current() {
        return bed.store.tipJars().current(creator).orElseThrow();
    }

    private List<Approval> approvals() {
        return bed.store.approvals().list(null, PageRequest.first(10));
    }
}
