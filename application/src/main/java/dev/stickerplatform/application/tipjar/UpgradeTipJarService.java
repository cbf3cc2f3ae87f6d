package dev.stickerplatform.application.tipjar;

import dev.stickerplatform.application.approval.ApprovalService;
import dev.stickerplatform.application.chainwrite.ChainWrites;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.Approval;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.TipJar;
import dev.stickerplatform.domain.model.TipJarStatus;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.ChainUnavailableException;
import dev.stickerplatform.domain.port.DuplicateException;
import dev.stickerplatform.domain.port.Randomness;
import dev.stickerplatform.domain.port.Signers;
import dev.stickerplatform.domain.port.Store;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.UUID;

/**
 * Replaces a creator's TipProxy with a freshly deployed one of the current program (version + 1, same minimum tip
 * as on chain, raised to just above the platform fee's floor when it is not above it already). The old
 * jar is retired and the new one recorded in one transaction before anything is submitted; once the new one is
 * active, deleting the old app is proposed as a high-value operation: the platform admin account deletes it when
 * the approvals are in (its tips stay followed until then).
 */
public final class UpgradeTipJarService {
    private final Store store;
    private final Chain chain;
    private final TipJarDeployer deployer;
    private final Signers signers;
    private final Randomness randomness;
    private final Clock clock;
    private final DeploymentConfig config;
    private final ApprovalService approvals;

    public UpgradeTipJarService(Store store, Chain chain, TipJarDeployer deployer, Signers signers,
                                Randomness randomness, Clock clock, DeploymentConfig config,
                                ApprovalService approvals) {
        this.store = store;
        this.chain = chain;
        this.deployer = deployer;
        this.signers = signers;
        this.randomness = randomness;
        this.clock = clock;
        this.config = config;
        this.approvals = approvals;
    }

    public sealed interface Result {
        /** {@code oldAppDeletion} is the approval that deletes the old app, or null if it could not be proposed. */
        record Upgraded(TipJar oldJar, TipJar newJar, Approval oldAppDeletion) implements Result {
        }

        record Pending(TipJar oldJar, TipJar newJar) implements Result {
        }

        /** No active tip jar (none at all, or a deployment is still in progress). */
        record NotFound() implements Result {
        }
    }

    public Result upgrade(Address creator) {
        TipJar old = store.tipJars().current(creator).orElse(null);
        if (old == null || old.status() != TipJarStatus.ACTIVE) {
            return new Result.NotFound();
        }
        MicroAlgos minTip = allowed(onChainMinTip(old));
        ByteBuffer bytes = ByteBuffer.wrap(randomness.bytes(16));
        UUID id = new UUID(bytes.getLong(), bytes.getLong());
        int version = old.version() + 1;
        TipJar fresh = TipJar.deploying(id, creator, version, minTip, deployer.signCreate(id, creator, minTip),
                clock.instant());
        try {
            store.inTransaction(tx -> {
                tx.tipJars().update(old.retired(clock.instant()));
                tx.tipJars().insert(fresh);
                return null;
            });
        } catch (DuplicateException concurrentUpgrade) {
            return new Result.NotFound();
        }
        new ChainWrites(chain).submit(fresh.pendingWrite());
        TipJar result = deployer.advance(fresh, config.waitRounds());
        if (result.status() != TipJarStatus.ACTIVE) {
            return new Result.Pending(old, result);
        }
        return new Result.Upgraded(old, result, proposeDeletion(old, result));
    }

    private MicroAlgos onChainMinTip(TipJar jar) {
        try {
            return chain.appGlobalState(jar.appId())
                    .map(state -> state.get("min_tip_amount"))
                    .filter(value -> value != null && !value.isBytes() && value.uint() > 0)
                    .map(value -> MicroAlgos.of(value.uint()))
                    .orElse(jar.minTip());
        } catch (ChainUnavailableException e) {
            return jar.minTip();
        }
    }

    /** A version 1 app may have a minimum tip a new app refuses (at or below the fee floor): the lowest allowed. */
    private MicroAlgos allowed(MicroAlgos minTip) {
        return config.fee().allowsMinTip(minTip) ? minTip : config.fee().floor().plus(MicroAlgos.of(1));
    }

    private Approval proposeDeletion(TipJar old, TipJar replacement) {
        return new OldAppDeletion(store, signers, approvals).propose(old, replacement);
    }
}
