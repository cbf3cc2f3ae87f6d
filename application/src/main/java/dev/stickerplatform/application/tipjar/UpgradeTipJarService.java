package dev.stickerplatform.application.tipjar;

import dev.stickerplatform.application.approval.ProposeApprovalService;
import dev.stickerplatform.application.budget.DailyBudget;
import dev.stickerplatform.application.chainwrite.Leases;
import dev.stickerplatform.application.chainwrite.ChainWrites;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.Approval;
import dev.stickerplatform.domain.model.DeploymentPayment;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.TipJar;
import dev.stickerplatform.domain.model.TipJarStatus;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.Chain.StateValue;
import dev.stickerplatform.domain.port.ChainUnavailableException;
import dev.stickerplatform.domain.port.DuplicateException;
import dev.stickerplatform.domain.port.Randomness;
import dev.stickerplatform.domain.port.SignerRole;
import dev.stickerplatform.domain.port.DailyCapKind;
import dev.stickerplatform.domain.port.Signers;
import dev.stickerplatform.domain.port.Store;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/**
 * Replaces a creator's TipProxy with a freshly deployed one of the current program (version + 1, same minimum tip
 * as on chain, raised to just above the platform fee's floor when it is not above it already). The old
 * jar is retired and the new one recorded in one transaction before anything is submitted; once the new one is
 * active, deleting the old app is proposed as a high-value operation: the platform admin account deletes it when
 * the approvals are in (its tips stay followed until then). An upgrade that would deploy what the app already runs
 * is refused ({@link Result.Unchanged}); the others count against the daily deployment cap and follow the
 * registration mode (by approval, the new app's creation waits for the approvers).
 */
public final class UpgradeTipJarService {
    private final Store store;
    private final Chain chain;
    private final TipJarDeployer deployer;
    private final Signers signers;
    private final Randomness randomness;
    private final Clock clock;
    private final DeploymentConfig config;
    private final ProposeApprovalService approvals;
    private final DailyBudget budget;
    private final PaymentCheck payments;

    public UpgradeTipJarService(Store store, Chain chain, TipJarDeployer deployer, Signers signers,
                                Randomness randomness, Clock clock, DeploymentConfig config,
                                ProposeApprovalService approvals) {
        this(store, chain, deployer, signers, randomness, clock, config, approvals, DailyBudget.unlimited());
    }

    /** @param budget counts every upgrade's deployment against the daily deployment cap */
    public UpgradeTipJarService(Store store, Chain chain, TipJarDeployer deployer, Signers signers,
                                Randomness randomness, Clock clock, DeploymentConfig config,
                                ProposeApprovalService approvals, DailyBudget budget) {
        this(store, chain, deployer, signers, randomness, clock, config, approvals, budget, null);
    }

    /** @param payments checks the payment of each upgrade ({@code REGISTRATION_MODE=paid}); may be null */
    public UpgradeTipJarService(Store store, Chain chain, TipJarDeployer deployer, Signers signers,
                                Randomness randomness, Clock clock, DeploymentConfig config,
                                ProposeApprovalService approvals, DailyBudget budget, PaymentCheck payments) {
        this.payments = payments;
        this.budget = budget;
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

        /** Still confirming, or waiting for administrators ({@code approval}: by approval only, else null). */
        record Pending(TipJar oldJar, TipJar newJar, Approval approval) implements Result {
        }

        /**
         * The active app already runs the current program with the current terms (platform, treasury, fee): an
         * upgrade would deploy the very same thing again, so nothing is done.
         */
        record Unchanged(TipJar jar) implements Result {
        }

        /**
         * A repeated paid upgrade: the payment already paid for {@code newJar}, the deployment it started (shown
         * as far as it got; nothing is deployed or charged again).
         */
        record Resumed(TipJar newJar) implements Result {
        }

        /** No active tip jar (none at all, or a deployment is still in progress). */
        record NotFound() implements Result {
        }
    }

    public Result upgrade(Address creator) {
        return upgrade(creator, null);
    }

    /**
     * @param paymentTxId the creator's payment for the new deployment ({@code REGISTRATION_MODE=paid}), else null
     * @throws PaymentRequiredException    in paid mode, when the upgrade has no acceptable payment
     * @throws PaymentAlreadyUsedException in paid mode, when the payment already paid for another deployment
     */
    public Result upgrade(Address creator, TxId paymentTxId) {
        Result resumed = paymentTxId == null || payments == null ? null : resume(creator, paymentTxId);
        if (resumed != null) {
            return resumed;
        }
        TipJar old = store.tipJars().current(creator).orElse(null);
        if (old == null || old.status() != TipJarStatus.ACTIVE) {
            return new Result.NotFound();
        }
        Map<String, StateValue> state = onChainState(old);
        if (runsCurrentProgram(state)) {
            return new Result.Unchanged(old);
        }
        MicroAlgos minTip = allowed(onChainMinTip(old, state));
        ByteBuffer bytes = ByteBuffer.wrap(randomness.bytes(16));
        UUID id = new UUID(bytes.getLong(), bytes.getLong());
        DeploymentPayment payment = payments == null ? null : payments.verify(creator, paymentTxId,
                DeploymentPayment.Purpose.UPGRADE, id);
        budget.spend(DailyCapKind.DEPLOYMENT);
        TipJar fresh = deployer.newTipJar(id, creator, old.version() + 1, minTip);
        try {
            store.inTransaction(tx -> {
                tx.tipJars().update(old.retired(clock.instant()));
                tx.tipJars().insert(fresh);
                if (payment != null) {
                    tx.deploymentPayments().insert(payment);
                }
                return null;
            });
        } catch (DuplicateException concurrentUpgrade) {
            Result again = payment == null ? null : resume(creator, payment.txId());
            return again != null ? again : new Result.NotFound();
        }
        deployer.start(fresh);
        TipJar result = deployer.advance(fresh, config.waitRounds());
        if (result.status() != TipJarStatus.ACTIVE) {
            return new Result.Pending(old, result, deployer.awaitedApproval(result));
        }
        return new Result.Upgraded(old, result, proposeDeletion(old, result));
    }

    /**
     * The upgrade {@code paymentTxId} already paid for, taken on where it stopped; null when the payment is not
     * recorded yet.
     *
     * @throws PaymentAlreadyUsedException when it paid for something else (another creator, a registration, an
     *                                     upgrade since replaced)
     */
    private Result resume(Address creator, TxId paymentTxId) {
        DeploymentPayment used = store.deploymentPayments().find(paymentTxId).orElse(null);
        if (used == null) {
            return null;
        }
        TipJar jar = store.tipJars().find(used.tipJarId()).orElse(null);
        if (!used.creator().equals(creator) || used.purpose() != DeploymentPayment.Purpose.UPGRADE || jar == null
                || jar.status() == TipJarStatus.RETIRED) {
            throw new PaymentAlreadyUsedException(paymentTxId);
        }
        return new Result.Resumed(deployer.advance(jar, config.waitRounds()));
    }

    /** The app's global state; null when the chain does not answer or has no such app. */
    private Map<String, StateValue> onChainState(TipJar jar) {
        try {
            return chain.appGlobalState(jar.appId()).orElse(null);
        } catch (ChainUnavailableException e) {
            return null;
        }
    }

    /**
     * Whether the app runs the program a new deployment would (its {@code contract_version}) with the same
     * platform, treasury and fee. Unknown (no state) counts as "no": the upgrade then goes ahead as before.
     */
    private boolean runsCurrentProgram(Map<String, StateValue> state) {
        if (state == null) {
            return false;
        }
        TipJarDeployer.Terms terms = deployer.terms();
        return uint(state, "contract_version") == TipJarDeployer.CONTRACT_VERSION
                && terms.platform().equals(address(state, "platform_address"))
                && terms.treasury().equals(address(state, "treasury_address"))
                && uint(state, "fee_bps") == terms.fee().basisPoints()
                && uint(state, "fee_floor") == terms.fee().floor().value();
    }

    private static long uint(Map<String, StateValue> state, String key) {
        StateValue value = state.get(key);
        return value == null || value.isBytes() ? -1 : value.uint();
    }

    private static Address address(Map<String, StateValue> state, String key) {
        StateValue value = state.get(key);
        return value == null || !value.isBytes() || value.bytes().length != 32 ? null
                : Address.fromPublicKey(value.bytes());
    }

    private static MicroAlgos onChainMinTip(TipJar jar, Map<String, StateValue> state) {
        StateValue value = state == null ? null : state.get("min_tip_amount");
        return value != null && !value.isBytes() && value.uint() > 0 ? MicroAlgos.of(value.uint()) : jar.minTip();
    }

    /** A version 1 app may have a minimum tip a new app refuses (at or below the fee floor): the lowest allowed. */
    private MicroAlgos allowed(MicroAlgos minTip) {
        return config.fee().allowsMinTip(minTip) ? minTip : config.fee().floor().plus(MicroAlgos.of(1));
    }

    private Approval proposeDeletion(TipJar old, TipJar replacement) {
        return new OldAppDeletion(store, signers, approvals).propose(old, replacement);
    }
}
