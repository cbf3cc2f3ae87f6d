package dev.stickerplatform.bootstrap.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.adapters.algorand.tipproxy.TipProxyAbi;
import dev.stickerplatform.adapters.persistence.memory.SeededRandomness;
import dev.stickerplatform.application.approval.ProposeApprovalService;
import dev.stickerplatform.application.budget.DailyBudget;
import dev.stickerplatform.application.tipjar.DeploymentConfig;
import dev.stickerplatform.application.tipjar.DeploymentCost;
import dev.stickerplatform.application.tipjar.PaymentCheck;
import dev.stickerplatform.application.tipjar.RecoverDeploymentsService;
import dev.stickerplatform.application.tipjar.RegisterCreatorService;
import dev.stickerplatform.application.tipjar.RegistrationMode;
import dev.stickerplatform.application.tipjar.TipJarDeployer;
import dev.stickerplatform.application.tipjar.UpgradeTipJarService;
import dev.stickerplatform.domain.model.ChainWrite;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.PlatformFee;
import dev.stickerplatform.domain.model.TipJar;
import dev.stickerplatform.domain.model.TipJarStatus;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.ForwardingChain;
import dev.stickerplatform.domain.port.TxnRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Kill points of a paid deployment ({@code REGISTRATION_MODE=paid}): the process dies after the payment was
 * recorded with the deployment but before the app creation was submitted, right after that submit, or right after
 * the funding's; a paid upgrade dies before its submit. A restarted process (or the creator's retry with the same
 * payment) finishes the deployment: the chain holds exactly one app per payment, the store one payment row for it,
 * and the creator paid once.
 */
class PaidDeploymentKillPointTest extends FundedLedgerTest {
    Clock clock = Clock.systemUTC();
    DeploymentConfig deployment = new DeploymentConfig(MicroAlgos.of(100_000), 50, Duration.ofSeconds(2));
    DevWallet creator = DevWallet.generate();

    @BeforeEach
    void fundCreator() {
        ledger.fund(creator.address(), MicroAlgos.ofAlgo(5));
    }

    @Test
    void theProcessDiesAfterRecordingThePaymentBeforeSubmittingTheCreation() {
        TxId payment = pay();

        assertThatThrownBy(() -> register(new DyingBeforeSubmit(chain), payment))
                .isInstanceOf(CrashingChain.Crash.class);
        TipJar recorded = store.tipJars().current(creator.address()).orElseThrow();
        assertThat(store.deploymentPayments().find(payment).orElseThrow().tipJarId()).isEqualTo(recorded.id());
        assertThat(appsCreated()).isZero();

        new RecoverDeploymentsService(store, deployer(chain), deployment).recover();

        assertExactlyOneDeploymentPaidOnce(payment);
    }

    @Test
    void theProcessDiesRightAfterSubmittingTheCreation() {
        TxId payment = pay();

        assertThatThrownBy(() -> register(new CrashingChain(chain, 1), payment))
                .isInstanceOf(CrashingChain.Crash.class);

        // the creator retries with the same payment: the same deployment, taken on where it stopped
        var result = register(chain, payment);

        assertThat(result).isInstanceOf(RegisterCreatorService.Result.Active.class);
        assertExactlyOneDeploymentPaidOnce(payment);
    }

    @Test
    void theProcessDiesRightAfterSubmittingTheFunding() {
        TxId payment = pay();

        assertThatThrownBy(() -> register(new CrashingChain(chain, 2), payment))
                .isInstanceOf(CrashingChain.Crash.class);

        new RecoverDeploymentsService(store, deployer(chain), deployment).recover();

        assertExactlyOneDeploymentPaidOnce(payment);
        assertThat(register(chain, payment)).isInstanceOf(RegisterCreatorService.Result.Active.class);
        assertExactlyOneDeploymentPaidOnce(payment);
    }

    @Test
    void aPaidUpgradeDiesBeforeSubmittingAndItsRetryFinishesTheSameDeployment() {
        assertThat(register(chain, pay())).isInstanceOf(RegisterCreatorService.Result.Active.class);
        // new terms (a platform fee): an upgrade now deploys something new
        deployment = deployment.withFee(new PlatformFee(100, MicroAlgos.ZERO), null);
        TxId payment = pay();

        assertThatThrownBy(() -> upgrade(new DyingBeforeSubmit(chain), payment))
                .isInstanceOf(CrashingChain.Crash.class);
        assertThat(appsCreated()).isEqualTo(1);

        var resumed = upgrade(chain, payment);

        assertThat(resumed).isInstanceOf(UpgradeTipJarService.Result.Resumed.class);
        TipJar jar = ((UpgradeTipJarService.Result.Resumed) resumed).newJar();
        assertThat(jar.status()).isEqualTo(TipJarStatus.ACTIVE);
        assertThat(jar.version()).isEqualTo(2);
        assertThat(store.tipJars().current(creator.address()).orElseThrow().id()).isEqualTo(jar.id());
        assertThat(store.deploymentPayments().find(payment).orElseThrow().tipJarId()).isEqualTo(jar.id());
        assertThat(upgrade(chain, payment)).as("repeated: the same deployment")
                .isEqualTo(new UpgradeTipJarService.Result.Resumed(store.tipJars().find(jar.id()).orElseThrow()));
        assertThat(appsCreated()).isEqualTo(2);
        assertThat(ledger.account(creator.address()).balance()).as("two deployments, each paid once")
                .isEqualTo(MicroAlgos.ofAlgo(5).minus(quote()).minus(quote()).minus(MicroAlgos.of(2_000)));
    }

    private UpgradeTipJarService.Result upgrade(Chain on, TxId payment) {
        return new UpgradeTipJarService(store, on, deployer(on), signers, new SeededRandomness(11), clock, deployment,
                new ProposeApprovalService(store, on, signers, new SeededRandomness(3), clock), DailyBudget.unlimited(),
                paymentCheck(on)).upgrade(creator.address(), payment);
    }

    private void assertExactlyOneDeploymentPaidOnce(TxId payment) {
        TipJar jar = store.tipJars().current(creator.address()).orElseThrow();
        assertThat(jar.status()).isEqualTo(TipJarStatus.ACTIVE);
        assertThat(appsCreated()).isEqualTo(1);
        assertThat(ledger.account(jar.appAddress()).balance()).isEqualTo(MicroAlgos.of(100_000));
        assertThat(store.deploymentPayments().find(payment).orElseThrow().tipJarId()).isEqualTo(jar.id());
        assertThat(ledger.account(creator.address()).balance())
                .as("the creator paid the quote and one fee, once")
                .isEqualTo(MicroAlgos.ofAlgo(5).minus(quote()).minus(MicroAlgos.of(1_000)));
    }

    private MicroAlgos quote() {
        return paymentCheck(chain).quote(creator.address()).amount();
    }

    /** The creator's quoted payment, signed by its key and confirmed. */
    private TxId pay() {
        var quote = paymentCheck(chain).quote(creator.address());
        assertThat(quote.amount()).isEqualTo(MicroAlgos.of(551_500));
        byte[] unsigned = chain.encodeUnsigned(new TxnRequest.Payment(creator.address(), quote.receiver(),
                quote.amount(), quote.note(), null));
        TxId txId = chain.submitSigned(List.of(creator.signPrepared(unsigned))).getFirst();
        Instant deadline = Instant.now().plusSeconds(10);
        while (chain.payment(txId).isEmpty() && Instant.now().isBefore(deadline)) {
            chain.awaitRoundAfter(chain.currentRound(), Duration.ofSeconds(1));
        }
        assertThat(chain.payment(txId)).isPresent();
        return txId;
    }

    private RegisterCreatorService.Result register(Chain on, TxId payment) {
        return new RegisterCreatorService(store, on, deployer(on), new SeededRandomness(7), clock, deployment,
                DailyBudget.unlimited(), paymentCheck(on))
                .register(new RegisterCreatorService.Command(creator.address(), null, MicroAlgos.ofAlgo(1), payment));
    }

    private PaymentCheck paymentCheck(Chain on) {
        return new PaymentCheck(on, store, signers, clock, RegistrationMode.PAID,
                new DeploymentCost.AppSchema(TipProxyAbi.GLOBAL_UINTS, TipProxyAbi.GLOBAL_BYTES), deployment);
    }

    private TipJarDeployer deployer(Chain on) {
        return new TipJarDeployer(on, store, signers, clock, deployment, RegistrationMode.PAID, null, null);
    }

    /** The process dies at its first submit, before anything reached the chain. */
    private static final class DyingBeforeSubmit extends ForwardingChain {
        DyingBeforeSubmit(Chain chain) {
            super(chain);
        }

        @Override
        public void submit(ChainWrite write) {
            throw new CrashingChain.Crash();
        }
    }
}
