package dev.stickerplatform.application.tipjar;

import dev.stickerplatform.domain.model.TipJar;
import dev.stickerplatform.domain.model.TipJarStatus;
import dev.stickerplatform.domain.port.Store;

/**
 * Finishes every deployment a previous process left half-way (run at start-up): each recorded create or fund
 * write is looked up on the chain and adopted, resubmitted or rebuilt — never duplicated.
 */
public final class RecoverDeploymentsService {
    private final Store store;
    private final TipJarDeployer deployer;
    private final DeploymentConfig config;

    public RecoverDeploymentsService(Store store, TipJarDeployer deployer, DeploymentConfig config) {
        this.store = store;
        this.deployer = deployer;
        this.config = config;
    }

    /** @return how many unfinished tip jars are now active */
    public int recover() {
        int activated = 0;
        for (TipJar jar : store.tipJars().unfinished()) {
            if (deployer.advance(jar, config.waitRounds()).status() == TipJarStatus.ACTIVE) {
                activated++;
            }
        }
        return activated;
    }

    /**
     * Takes one step of every unfinished deployment without waiting for rounds (run periodically): a deployment
     * whose approval was signed meanwhile goes on to its creation and funding.
     *
     * @return how many unfinished tip jars are now active
     */
    public int followUp() {
        int activated = 0;
        for (TipJar jar : store.tipJars().unfinished()) {
            if (deployer.advance(jar, 0).status() == TipJarStatus.ACTIVE) {
                activated++;
            }
        }
        return activated;
    }
}
