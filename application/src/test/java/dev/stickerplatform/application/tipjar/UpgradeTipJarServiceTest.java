package dev.stickerplatform.application.tipjar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.adapters.algorand.tipproxy.TipProxyAbi;
import dev.stickerplatform.adapters.persistence.memory.SeededRandomness;
import dev.stickerplatform.application.CrashAfterSubmit;
import dev.stickerplatform.application.OneBlockPerWait;
import dev.stickerplatform.application.Testbed;
import dev.stickerplatform.application.approval.GetApprovalService;
import dev.stickerplatform.application.approval.ProposeApprovalService;
import dev.stickerplatform.application.approval.SignApprovalService;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.ApprovalKind;
import dev.stickerplatform.domain.model.ApprovalState;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.PlatformFee;
import dev.stickerplatform.domain.model.TipJar;
import dev.stickerplatform.domain.model.TipJarStatus;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.PageRequest;
import dev.stickerplatform.domain.port.TestKeys;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Upgrading a creator's tip jar on the in-memory store and the simulated chain (one block per round it waits for):
 * the app deployed without a fee is replaced by one with the platform's new fee, the old one retired and its
 * deletion proposed, executed once approved; an upgrade that changes nothing is refused; the upgrade's kill point
 * leaves one new app, finished by the deployment follower.
 */
class UpgradeTipJarServiceTest {
    static final MicroAlgos FUND = MicroAlgos.of(100_000);
    static final PlatformFee FEE = new PlatformFee(500, MicroAlgos.of(150_000));
    final Testbed bed = new Testbed();
    final Chain chain = new OneBlockPerWait(bed.chain, bed.ledger);
    final DeploymentConfig before = new DeploymentConfig(FUND, 6, Duration.ofSeconds(1));
    final DeploymentConfig after = before.withFee(FEE, null);
    final ProposeApprovalService approvals = new ProposeApprovalService(bed.store, chain, bed.signers,
            new SeededRandomness(5), bed.clock);
    final Address creator = TestKeys.newAddress();

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void aCreatorWithoutAnActiveTipJarHasNothingToUpgrade() {
        assertThat(upgrades(chain, after).upgrade(creator)).isInstanceOf(UpgradeTipJarService.Result.NotFound.class);
        assertThat(bed.transactions()).isZero();
    }

    @Test
    void anAppThatRunsTheCurrentProgramAndTermsIsLeftAlone() {
        TipJar old = registered(MicroAlgos.ofAlgo(1));
        long transactions = bed.transactions();

        var result = upgrades(chain, before).upgrade(creator);

        assertThat(result).isEqualTo(new UpgradeTipJarService.Result.Unchanged(old));
        bed.block();
        assertThat(bed.transactions()).isEqualTo(transactions);
        assertThat(bed.appsCreated()).isEqualTo(1);
    }

    @Test
    void anUpgradeRetiresTheOldAppAndProposesItsDeletion() {
        TipJar old = registered(MicroAlgos.ofAlgo(1));

        var upgraded = (UpgradeTipJarService.Result.Upgraded) upgrades(chain, after).upgrade(creator);

        assertThat(upgraded.oldJar()).isEqualTo(old);
        TipJar fresh = upgraded.newJar();
        assertThat(fresh.status()).isEqualTo(TipJarStatus.ACTIVE);
        assertThat(fresh.version()).isEqualTo(2);
        assertThat(fresh.minTip()).isEqualTo(MicroAlgos.ofAlgo(1));
        assertThat(bed.store.tipJars().current(creator)).contains(fresh);
        var global = bed.ledger.appGlobalState(fresh.appId()).orElseThrow();
        assertThat(global.get(TipProxyAbi.FEE_BPS).uint()).isEqualTo(500);
        assertThat(bed.ledger.account(fresh.appAddress()).balance()).isEqualTo(FUND);
        assertThat(bed.appsCreated()).isEqualTo(2);
        assertThat(upgraded.oldAppDeletion().kind()).isEqualTo(ApprovalKind.DELETE_TIP_JAR);
        assertThat(upgraded.oldAppDeletion().state()).isEqualTo(ApprovalState.PENDING);
        assertThat(bed.ledger.appGlobalState(old.appId())).as("deleted only once approved").isPresent();
    }

    @Test
    void theOldAppIsDeletedOnceTheDeletionIsApproved() {
        TipJar old = registered(MicroAlgos.ofAlgo(1));
        var upgraded = (UpgradeTipJarService.Result.Upgraded) upgrades(chain, after).upgrade(creator);

        new SignApprovalService(bed.store, chain, bed.signers, bed.clock).sign(upgraded.oldAppDeletion().id(), null,
                null, "admin");
        bed.block();

        assertThat(new GetApprovalService(bed.store, chain, bed.clock).find(upgraded.oldAppDeletion().id())
                .orElseThrow().state())
                .isEqualTo(ApprovalState.CONFIRMED);
        assertThat(bed.ledger.appGlobalState(old.appId())).isEmpty();
        assertThat(bed.ledger.appGlobalState(upgraded.newJar().appId())).isPresent();
    }

    @Test
    void aMinimumTipTheNewFeeNoLongerAllowsIsRaisedJustAboveItsFloor() {
        registered(MicroAlgos.of(100_000));

        var upgraded = (UpgradeTipJarService.Result.Upgraded) upgrades(chain, after).upgrade(creator);

        assertThat(upgraded.newJar().minTip()).isEqualTo(MicroAlgos.of(150_001));
    }

    @Test
    void anUpgradeThatCannotWaitIsPendingAndTheFollowerFinishesIt() {
        registered(MicroAlgos.ofAlgo(1));
        var noWait = new DeploymentConfig(FUND, 0, Duration.ofSeconds(1)).withFee(FEE, null);

        var pending = (UpgradeTipJarService.Result.Pending) upgrades(chain, noWait).upgrade(creator);
        assertThat(pending.newJar().status()).isEqualTo(TipJarStatus.DEPLOYING);
        assertThat(pending.approval()).isNull();

        TipJar fresh = followToEnd(noWait);

        assertThat(fresh.status()).isEqualTo(TipJarStatus.ACTIVE);
        assertThat(fresh.id()).isEqualTo(pending.newJar().id());
        assertThat(bed.store.approvals().list(null, PageRequest.first(10)))
                .singleElement().satisfies(a -> assertThat(a.kind()).isEqualTo(ApprovalKind.DELETE_TIP_JAR));
        assertThat(bed.appsCreated()).isEqualTo(2);
    }

    @Test
    void killedRightAfterSubmittingTheNewAppTheFollowerCreatesNoThirdApp() {
        TipJar old = registered(MicroAlgos.ofAlgo(1));
        assertThatThrownBy(() -> upgrades(new CrashAfterSubmit(chain, 1), after).upgrade(creator))
                .isInstanceOf(CrashAfterSubmit.Crash.class);
        assertThat(bed.store.tipJars().current(creator).orElseThrow().status()).isEqualTo(TipJarStatus.DEPLOYING);
        assertThat(upgrades(chain, after).upgrade(creator)).as("an upgrade in progress is not upgraded again")
                .isInstanceOf(UpgradeTipJarService.Result.NotFound.class);

        TipJar fresh = followToEnd(after);

        assertThat(fresh.status()).isEqualTo(TipJarStatus.ACTIVE);
        assertThat(fresh.id()).isNotEqualTo(old.id());
        assertThat(bed.appsCreated()).isEqualTo(2);
    }

    private TipJar followToEnd(DeploymentConfig config) {
        var follower = new FollowDeploymentsService(bed.store, bed.chain, new TipJarDeployer(bed.chain, bed.store,
                bed.signers, bed.clock, config), bed.signers, approvals, config);
        for (int i = 0; i < 5 && bed.store.tipJars().current(creator).orElseThrow().status() != TipJarStatus.ACTIVE;
             i++) {
            bed.block();
            follower.followUp();
        }
        return bed.store.tipJars().current(creator).orElseThrow();
    }

    private TipJar registered(MicroAlgos minTip) {
        var result = new RegisterCreatorService(bed.store, chain, new TipJarDeployer(chain, bed.store, bed.signers,
                bed.clock, before), new SeededRandomness(7), bed.clock, before)
                .register(new RegisterCreatorService.Command(creator, null, minTip));
        assertThat(result).isInstanceOf(RegisterCreatorService.Result.Active.class);
        return result.tipJar();
    }

    private UpgradeTipJarService upgrades(Chain on, DeploymentConfig config) {
        return new UpgradeTipJarService(bed.store, on, new TipJarDeployer(on, bed.store, bed.signers, bed.clock,
                config), bed.signers, new SeededRandomness(9), bed.clock, config, approvals);
    }
}
