package dev.stickerplatform.bootstrap.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.adapters.persistence.memory.SeededRandomness;
import dev.stickerplatform.application.approval.FollowApprovalsService;
import dev.stickerplatform.application.approval.GetApprovalService;
import dev.stickerplatform.application.approval.ProposeApprovalService;
import dev.stickerplatform.application.approval.SignApprovalService;
import dev.stickerplatform.application.tipjar.DeploymentConfig;
import dev.stickerplatform.application.tipjar.RecoverDeploymentsService;
import dev.stickerplatform.application.tipjar.RegisterCreatorService;
import dev.stickerplatform.application.tipjar.RegistrationMode;
import dev.stickerplatform.application.tipjar.TipJarDeployer;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.Approval;
import dev.stickerplatform.domain.model.ApprovalKind;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.SignerRole;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Kill points of a deployment by approval ({@code REGISTRATION_MODE=approval}): the process dies right after the
 * approved app creation reached the chain, or right after the funding did. A restarted process finishes the
 * deployment, and the chain holds exactly one app and one funding; before the approval, nothing is on chain.
 */
class ApprovedDeploymentKillPointTest extends FundedLedgerTest {
    Clock clock = Clock.systemUTC();
    DeploymentConfig deployment = new DeploymentConfig(MicroAlgos.of(100_000), 50, Duration.ofSeconds(2));

    @Test
    void aRegistrationWaitsForItsApprovalWithNothingOnChain() {
        Address creator = DevWallet.generate().address();

        var result = register(chain, creator);

        assertThat(result).isInstanceOf(RegisterCreatorService.Result.Pending.class);
        Approval approval = ((RegisterCreatorService.Result.Pending) result).approval();
        assertThat(approval.kind()).isEqualTo(ApprovalKind.DEPLOY_TIP_JAR);
        assertThat(approval.account()).isEqualTo(signers.forRole(SignerRole.DEPLOYER).address());
        assertThat(appsCreated()).isZero();
        assertThat(register(chain, creator)).isInstanceOf(RegisterCreatorService.Result.Pending.class);
        assertThat(store.approvals().list(null, dev.stickerplatform.domain.port.PageRequest.first(10)))
                .as("registering again proposes nothing new").hasSize(1);
    }

    @Test
    void theApprovedCreationDiesRightAfterItsSubmit() {
        Address creator = DevWallet.generate().address();
        Approval approval = ((RegisterCreatorService.Result.Pending) register(chain, creator)).approval();

        assertThatThrownBy(() -> signatures(new CrashingChain(chain, 1)).sign(approval.id(), null, null, "admin"))
                .isInstanceOf(CrashingChain.Crash.class);

        new FollowApprovalsService(store, chain, clock).followUp();
        new RecoverDeploymentsService(store, deployer(chain), deployment).recover();

        assertOneActiveFundedTipJar(creator);
    }

    @Test
    void theFundingAfterTheApprovalDiesRightAfterItsSubmit() {
        Address creator = DevWallet.generate().address();
        Approval approval = ((RegisterCreatorService.Result.Pending) register(chain, creator)).approval();
        signatures(chain).sign(approval.id(), null, null, "admin");

        assertThatThrownBy(() -> register(new CrashingChain(chain, 1), creator))
                .isInstanceOf(CrashingChain.Crash.class);

        var result = register(chain, creator);
        assertThat(result).isInstanceOf(RegisterCreatorService.Result.Active.class);
        assertThat(appsCreated()).isEqualTo(1);
        assertThat(ledger.account(result.tipJar().appAddress()).balance()).isEqualTo(MicroAlgos.of(100_000));
    }

    private RegisterCreatorService.Result register(Chain on, Address creator) {
        return new RegisterCreatorService(store, on, deployer(on), new SeededRandomness(7), clock, deployment)
                .register(new RegisterCreatorService.Command(creator, null, MicroAlgos.ofAlgo(1)));
    }

    private SignApprovalService signatures(Chain on) {
        return new SignApprovalService(store, on, signers, clock);
    }

    private TipJarDeployer deployer(Chain on) {
        return new TipJarDeployer(on, store, signers, clock, deployment, RegistrationMode.APPROVAL,
                new ProposeApprovalService(store, on, signers, new SeededRandomness(3), clock),
                new GetApprovalService(store, on, clock));
    }
}
