package dev.stickerplatform.application.tipjar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.adapters.persistence.memory.SeededRandomness;
import dev.stickerplatform.application.OneBlockPerWait;
import dev.stickerplatform.application.Testbed;
import dev.stickerplatform.application.approval.ProposeApprovalService;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.Approval;
import dev.stickerplatform.domain.model.ApprovalKind;
import dev.stickerplatform.domain.model.ApprovalState;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.PlatformFee;
import dev.stickerplatform.domain.model.TipJar;
import dev.stickerplatform.domain.model.TipJarStatus;
import dev.stickerplatform.domain.model.UnsignedTxn;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.ChainUnavailableException;
import dev.stickerplatform.domain.port.ForwardingChain;
import dev.stickerplatform.domain.port.PageRequest;
import dev.stickerplatform.domain.port.SignerRole;
import dev.stickerplatform.domain.port.TestKeys;
import dev.stickerplatform.domain.port.TxnRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Proposing the deletion of the app an upgrade replaced, on the in-memory store and the simulated chain: proposed
 * once per retired app under an id derived from it (a second call, or another process, finds the same approval),
 * by the ADMIN account and never submitted; nothing for a first tip jar, for an upgrade not active yet, nor for the
 * app in use; an outage proposes nothing and is retried later.
 */
class OldAppDeletionTest {
    static final MicroAlgos FUND = MicroAlgos.of(100_000);
    static final PlatformFee FEE = new PlatformFee(500, MicroAlgos.of(150_000));
    final Testbed bed = new Testbed();
    final Chain waiting = new OneBlockPerWait(bed.chain, bed.ledger);
    final DeploymentConfig before = new DeploymentConfig(FUND, 6, Duration.ofSeconds(1));
    final DeploymentConfig noWait = new DeploymentConfig(FUND, 0, Duration.ofSeconds(1)).withFee(FEE, null);
    final ProposeApprovalService approvals = new ProposeApprovalService(bed.store, bed.chain, bed.signers,
            new SeededRandomness(5), bed.clock);
    final OldAppDeletion deletion = new OldAppDeletion(bed.store, bed.signers, approvals);
    final Address creator = TestKeys.newAddress();

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void aFirstTipJarReplacesNothing() {
        TipJar first = registered();

        assertThat(deletion.proposeFor(first)).isEmpty();
        assertThat(approvals()).isEmpty();
    }

    @Test
    void anUpgradeNotActiveYetProposesNothingWhileItsPredecessorStillServes() {
        registered();
        TipJar pending = upgradePending();
        assertThat(pending.status()).isEqualTo(TipJarStatus.DEPLOYING);

        assertThat(deletion.proposeFor(pending)).isEmpty();
        assertThat(approvals()).isEmpty();
    }

    @Test
    void anActiveUpgradeProposesDeletingTheRetiredAppByTheAdmin() {
        TipJar old = registered();
        TipJar fresh = activeUpgrade();

        Approval approval = deletion.proposeFor(fresh).orElseThrow();

        assertThat(approval.kind()).isEqualTo(ApprovalKind.DELETE_TIP_JAR);
        assertThat(approval.state()).isEqualTo(ApprovalState.PENDING);
        assertThat(approval.role()).isEqualTo(SignerRole.ADMIN.name());
        assertThat(approval.summary()).isEqualTo("delete TipProxy app " + old.appId() + " (version 1) of creator "
                + creator + ", replaced by app " + fresh.appId() + " (version 2)");
        assertThat(approvals()).extracting(Approval::id).containsExactly(approval.id());
        bed.block();
        assertThat(bed.ledger.appGlobalState(old.appId())).as("only proposed, not submitted").isPresent();
        assertThat(bed.ledger.appGlobalState(fresh.appId())).isPresent();
    }

    @Test
    void proposingAgainOrFromAnotherProcessFindsTheSameApproval() {
        registered();
        TipJar fresh = activeUpgrade();
        Approval first = deletion.proposeFor(fresh).orElseThrow();

        Approval again = deletion.proposeFor(fresh).orElseThrow();
        Approval elsewhere = new OldAppDeletion(bed.store, bed.signers, new ProposeApprovalService(bed.store,
                bed.chain, bed.signers, new SeededRandomness(99), bed.clock)).proposeFor(fresh).orElseThrow();

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(elsewhere.id()).isEqualTo(first.id());
        assertThat(approvals()).extracting(Approval::id).containsExactly(first.id());
    }

    @Test
    void theIdIsDerivedFromTheRetiredTipJar() {
        TipJar old = registered();
        TipJar fresh = activeUpgrade();
        TipJar retired = bed.store.tipJars().withApps().stream().filter(j -> j.id().equals(old.id())).findFirst()
                .orElseThrow();
        assertThat(retired.status()).isEqualTo(TipJarStatus.RETIRED);

        Approval direct = deletion.propose(retired, fresh);

        assertThat(deletion.proposeFor(fresh).orElseThrow().id()).isEqualTo(direct.id());
        assertThat(approvals()).hasSize(1);
    }

    @Test
    void anotherCreatorsAppIsNotTouched() {
        TipJar old = registered();
        TipJar fresh = activeUpgrade();
        Address other = TestKeys.newAddress();
        new RegisterCreatorService(bed.store, waiting, new TipJarDeployer(waiting, bed.store, bed.signers, bed.clock,
                before), new SeededRandomness(8), bed.clock, before)
                .register(new RegisterCreatorService.Command(other, null, MicroAlgos.ofAlgo(1)));

        Approval approval = deletion.proposeFor(fresh).orElseThrow();

        assertThat(approval.summary()).startsWith("delete TipProxy app " + old.appId() + " ")
                .doesNotContain("app " + bed.store.tipJars().current(other).orElseThrow().appId() + " ");
        assertThat(approvals()).hasSize(1);
    }

    @Test
    void anOutageProposesNothingAndALaterCallProposesIt() {
        registered();
        TipJar fresh = activeUpgrade();
        Chain down = new ForwardingChain(bed.chain) {
            @Override
            public UnsignedTxn prepare(TxnRequest request) {
                throw new ChainUnavailableException("node down");
            }
        };
        var offline = new OldAppDeletion(bed.store, bed.signers, new ProposeApprovalService(bed.store, down,
                bed.signers, new SeededRandomness(5), bed.clock));

        assertThat(offline.proposeFor(fresh)).isEmpty();
        assertThat(approvals()).isEmpty();

        assertThat(deletion.proposeFor(fresh)).isPresent();
        assertThat(approvals()).hasSize(1);
    }

    private TipJar registered() {
        var result = new RegisterCreatorService(bed.store, waiting, new TipJarDeployer(waiting, bed.store,
                bed.signers, bed.clock, before), new SeededRandomness(7), bed.clock, before)
                .register(new RegisterCreatorService.Command(creator, null, MicroAlgos.ofAlgo(1)));
        assertThat(result).isInstanceOf(RegisterCreatorService.Result.Active.class);
        return result.tipJar();
    }

    /** An upgrade answered 202: the old jar retired, the new one recorded and its creation submitted. */
    private TipJar upgradePending() {
        var pending = (UpgradeTipJarService.Result.Pending) new UpgradeTipJarService(bed.store, bed.chain,
                deployer(), bed.signers, new SeededRandomness(9), bed.clock, noWait, approvals).upgrade(creator);
        return pending.newJar();
    }

    /** The pending upgrade run to ACTIVE by the deployer alone, so that nothing has proposed the deletion yet. */
    private TipJar activeUpgrade() {
        TipJar current = upgradePending();
        for (int i = 0; i < 5 && current.status() != TipJarStatus.ACTIVE; i++) {
            bed.block();
            current = deployer().advance(current, 0);
        }
        assertThat(current.status()).isEqualTo(TipJarStatus.ACTIVE);
        assertThat(approvals()).isEmpty();
        return current;
    }

    private TipJarDeployer deployer() {
        return new TipJarDeployer(bed.chain, bed.store, bed.signers, bed.clock, noWait);
    }

    private List<Approval> approvals() {
        return bed.store.approvals().list(null, PageRequest.first(10));
    }
}
