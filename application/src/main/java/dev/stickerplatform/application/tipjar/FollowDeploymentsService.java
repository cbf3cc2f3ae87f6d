package dev.stickerplatform.application.tipjar;

import dev.stickerplatform.application.approval.ProposeApprovalService;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.TipJar;
import dev.stickerplatform.domain.model.TipJarStatus;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.Signers;
import dev.stickerplatform.domain.port.Store;

/**
 * Follows every pending registration and upgrade in the background until it is ACTIVE, so a request answered 202
 * finishes with no further request and no restart: each round, every DEPLOYING or FUNDING tip jar is advanced one
 * step (its recorded write looked up on the chain and adopted, resubmitted or rebuilt — never duplicated). When an
 * upgrade becomes active here, deleting the app it replaced is proposed (the same approval the upgrade request
 * would have proposed, under the same id, so never twice). At start-up this also finishes what a crash left.
 *
 * <p>Safe to run in several processes at once: tip jar writes carry leases derived from the tip jar, so two
 * processes advancing the same deployment cannot both land a create or a funding payment.
 */
public final class FollowDeploymentsService {
    private static final System.Logger LOG = System.getLogger(FollowDeploymentsService.class.getName());
    private final Store store;
    private final Chain chain;
    private final TipJarDeployer deployer;
    private final OldAppDeletion deletion;
    private final DeploymentConfig config;

    public FollowDeploymentsService(Store store, Chain chain, TipJarDeployer deployer, Signers signers,
                                    ProposeApprovalService approvals, DeploymentConfig config) {
        this.store = store;
        this.chain = chain;
        this.deployer = deployer;
        this.deletion = new OldAppDeletion(store, signers, approvals);
        this.config = config;
    }

    /**
     * Advances every unfinished tip jar by what the chain allows now (no waiting).
     *
     * @return how many became active
     */
    public int followUp() {
        int activated = 0;
        for (TipJar jar : store.tipJars().unfinished()) {
            TipJar after = deployer.advance(jar, 0);
            if (after.status() == TipJarStatus.ACTIVE) {
                activated++;
                LOG.log(System.Logger.Level.INFO, "TipProxy app {0} (version {1}) of {2} is active",
                        after.appId(), after.version(), after.creator());
                deletion.proposeFor(after);
            }
        }
        return activated;
    }

    /** Follows up once per round until the thread is interrupted; failures are logged and retried later. */
    public void run() {
        Round seen = Round.of(0);
        while (!Thread.currentThread().isInterrupted()) {
            try {
                followUp();
                seen = chain.awaitRoundAfter(chain.currentRound(), config.roundTimeout());
            } catch (RuntimeException e) { // an outage, or one refused write: retried next round
                LOG.log(System.Logger.Level.WARNING, "could not follow pending deployments after round {0}: {1}",
                        seen, e.getMessage());
                if (!pause()) {
                    return;
                }
            }
        }
    }

    private boolean pause() {
        try {
            Thread.sleep(config.roundTimeout().isZero() ? java.time.Duration.ofSeconds(1) : config.roundTimeout());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
