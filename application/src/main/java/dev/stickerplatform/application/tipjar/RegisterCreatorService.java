package dev.stickerplatform.application.tipjar;

import dev.stickerplatform.application.budget.DailyBudget;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.Approval;
import dev.stickerplatform.domain.model.Creator;
import dev.stickerplatform.domain.model.DeploymentPayment;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.TipJar;
import dev.stickerplatform.domain.model.TipJarStatus;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.policy.MinTipPolicy;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.DailyCapReachedException;
import dev.stickerplatform.domain.port.DuplicateException;
import dev.stickerplatform.domain.port.Randomness;
import dev.stickerplatform.domain.port.DailyCapKind;
import dev.stickerplatform.domain.port.Store;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/**
 * Registers a wallet as a creator and deploys and funds its TipProxy. Idempotent: calling again returns the
 * same deployment (and finishes it if a crash interrupted it); a creator never gets two apps from retries.
 */
public final class RegisterCreatorService {
    private final Store store;
    private final TipJarDeployer deployer;
    private final Randomness randomness;
    private final Clock clock;
    private final DeploymentConfig config;
    private final DailyBudget budget;
    private final PaymentCheck payments;

    public RegisterCreatorService(Store store, Chain chain, TipJarDeployer deployer, Randomness randomness,
                                  Clock clock, DeploymentConfig config) {
        this(store, chain, deployer, randomness, clock, config, DailyBudget.unlimited());
    }

    /** @param budget counts every new deployment against the daily deployment cap */
    public RegisterCreatorService(Store store, Chain chain, TipJarDeployer deployer, Randomness randomness,
                                  Clock clock, DeploymentConfig config, DailyBudget budget) {
        this(store, chain, deployer, randomness, clock, config, budget, null);
    }

    /** @param payments quotes deployments and checks their payments ({@code REGISTRATION_MODE=paid}); may be null */
    public RegisterCreatorService(Store store, Chain chain, TipJarDeployer deployer, Randomness randomness,
                                  Clock clock, DeploymentConfig config, DailyBudget budget, PaymentCheck payments) {
        this.payments = payments;
        this.store = store;
        this.deployer = deployer;
        this.randomness = randomness;
        this.clock = clock;
        this.config = config;
        this.budget = budget;
    }

    /**
     * @param username     optional display name (null keeps the current one)
     * @param paymentTxId  the creator's payment for the deployment ({@code REGISTRATION_MODE=paid}), else null
     */
    public record Command(Address wallet, String username, MicroAlgos minTip, TxId paymentTxId) {
        public Command(Address wallet, String username, MicroAlgos minTip) {
            this(wallet, username, minTip, null);
        }

        public Command {
            Objects.requireNonNull(wallet, "walletAddress is required");
            MinTipPolicy.check(Objects.requireNonNull(minTip, "minTipAlgo is required"));
            if (!Creator.isValidUsername(username)) {
                throw new IllegalArgumentException("username " + Creator.USERNAME_RULE);
            }
        }
    }

    public sealed interface Result {
        Creator creator();

        TipJar tipJar();

        /** Deployed and funded. */
        record Active(Creator creator, TipJar tipJar) implements Result {
        }

        /**
         * Still confirming after the wait bound, or waiting for administrators ({@code approval}, by approval
         * only; null otherwise); poll the creator's contract.
         */
        record Pending(Creator creator, TipJar tipJar, Approval approval) implements Result {
        }
    }

    /** What registration deploys: the platform, treasury and fee of every new TipProxy. */
    public TipJarDeployer.Terms terms() {
        return deployer.terms();
    }

    /**
     * Returns {@code minTip} when a new TipProxy accepts it, i.e. it is above the platform fee's floor.
     *
     * @throws IllegalArgumentException naming the floor otherwise
     */
    public MicroAlgos checkMinTip(MicroAlgos minTip) {
        return deployer.checkMinTip(minTip);
    }

    /**
     * What a deployment for {@code creator} costs and, in paid mode, how to pay for it; null without a payment
     * check (in-process uses that never configured one).
     */
    public DeploymentQuote quote(Address creator) {
        return payments == null ? null : payments.quote(creator);
    }

    /**
     * A creator who has a tip jar (deploying or active) gets it back whatever the payment: retries are idempotent
     * and never charge twice.
     *
     * @throws PaymentRequiredException    in paid mode, when a new deployment has no acceptable payment
     * @throws PaymentAlreadyUsedException in paid mode, when the payment already paid for another deployment
     * @throws IllegalArgumentException when a new tip jar's minimum tip is not above the platform fee's floor (see
     *                                  {@link #checkMinTip}); nothing is recorded then
     * @throws DailyCapReachedException when a new deployment would go over the daily deployment cap
     */
    public Result register(Command command) {
        TipJar jar = store.tipJars().current(command.wallet()).orElseGet(() -> start(command));
        jar = deployer.advance(jar, config.waitRounds());
        Creator creator = store.creators().find(command.wallet()).orElseThrow();
        return jar.status() == TipJarStatus.ACTIVE ? new Result.Active(creator, jar)
                : new Result.Pending(creator, jar, deployer.awaitedApproval(jar));
    }

    private TipJar start(Command command) {
        deployer.checkMinTip(command.minTip());
        UUID id = newId();
        DeploymentPayment payment = payments == null ? null : payments.verify(command.wallet(),
                command.paymentTxId(), DeploymentPayment.Purpose.REGISTER, id);
        budget.spend(DailyCapKind.DEPLOYMENT);
        TipJar jar = deployer.newTipJar(id, command.wallet(), 1, command.minTip());
        try {
            store.inTransaction(tx -> {
                Creator creator = tx.creators().find(command.wallet())
                        .map(c -> command.username() == null ? c : c.withUsername(command.username()))
                        .orElse(new Creator(command.wallet(), command.username(), clock.instant()));
                tx.creators().save(creator);
                tx.tipJars().insert(jar);
                if (payment != null) {
                    tx.deploymentPayments().insert(payment);
                }
                return null;
            });
        } catch (DuplicateException concurrentRegistration) {
            TipJar current = store.tipJars().current(command.wallet()).orElse(null);
            if (current != null) {
                return current;
            }
            if (payment != null) {
                throw new PaymentAlreadyUsedException(payment.txId());
            }
            throw concurrentRegistration;
        }
        deployer.start(jar);
        return jar;
    }

    private UUID newId() {
        ByteBuffer bytes = ByteBuffer.wrap(randomness.bytes(16));
        return new UUID(bytes.getLong(), bytes.getLong());
    }
}
