package dev.stickerplatform.application.tipjar;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.DeploymentPayment;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.SignerRole;
import dev.stickerplatform.domain.port.Signers;
import dev.stickerplatform.domain.port.Store;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.UUID;

/**
 * Quotes deployments and, with {@code REGISTRATION_MODE=paid}, checks the creator's payment before anything is
 * deployed: a confirmed payment transaction from the creator's wallet to the DEPLOYER, of at least the quote, with
 * exactly the quoted note, not used for any deployment before. The caller records the returned
 * {@link DeploymentPayment} in the same transaction as the deployment it pays for.
 */
public final class PaymentCheck {
    /** The note a payment for {@code creator}'s deployment carries: this prefix and the creator's address. */
    public static final String NOTE_PREFIX = "stickerplatform:deployment:";

    private final Chain chain;
    private final Store store;
    private final Signers signers;
    private final Clock clock;
    private final RegistrationMode mode;
    private final DeploymentCost.AppSchema schema;
    private final DeploymentConfig config;

    public PaymentCheck(Chain chain, Store store, Signers signers, Clock clock, RegistrationMode mode,
                        DeploymentCost.AppSchema schema, DeploymentConfig config) {
        this.chain = chain;
        this.store = store;
        this.signers = signers;
        this.clock = clock;
        this.mode = mode;
        this.schema = schema;
        this.config = config;
    }

    public RegistrationMode mode() {
        return mode;
    }

    /** What a deployment for {@code creator} costs, where the payment goes and with which note. */
    public DeploymentQuote quote(Address creator) {
        DeploymentCost cost = DeploymentCost.of(chain.suggestedParams().minFee(), schema, config.fundAmount());
        return new DeploymentQuote(mode, creator, cost, signers.forRole(SignerRole.DEPLOYER).address(),
                NOTE_PREFIX + creator.value());
    }

    /**
     * The payment to record with the deployment {@code tipJarId}, or null when this mode asks for none.
     *
     * @throws PaymentRequiredException    when {@code txId} is null or the payment is not what the quote asks for
     * @throws PaymentAlreadyUsedException when the payment already paid for a deployment
     */
    public DeploymentPayment verify(Address creator, TxId txId, DeploymentPayment.Purpose purpose, UUID tipJarId) {
        if (mode != RegistrationMode.PAID) {
            return null;
        }
        DeploymentQuote quote = quote(creator);
        if (txId == null) {
            throw new PaymentRequiredException("paymentTxId is required: pay " + quote.amount().value()
                    + " µALGO to " + quote.receiver() + " with the note \"" + quote.note() + "\" first", quote);
        }
        if (store.deploymentPayments().find(txId).isPresent()) {
            throw new PaymentAlreadyUsedException(txId);
        }
        Chain.ConfirmedPayment paid = chain.payment(txId).orElseThrow(() -> new PaymentRequiredException(
                "paymentTxId " + txId + " is not a confirmed payment (not confirmed yet, not a payment, or too "
                        + "old for the node to look up)", quote));
        String problem = problem(paid, creator, quote);
        if (problem != null) {
            throw new PaymentRequiredException("paymentTxId " + txId + " " + problem, quote);
        }
        return new DeploymentPayment(txId, creator, paid.amount(), purpose, tipJarId, clock.instant());
    }

    private static String problem(Chain.ConfirmedPayment paid, Address creator, DeploymentQuote quote) {
        if (!paid.receiver().equals(quote.receiver())) {
            return "was not paid to the DEPLOYER account " + quote.receiver();
        }
        if (!paid.sender().equals(creator)) {
            return "was not sent by the creator wallet " + creator;
        }
        if (!paid.amount().isAtLeast(quote.amount())) {
            return "paid " + paid.amount().value() + " µALGO, less than the " + quote.amount().value()
                    + " µALGO quoted";
        }
        if (!Arrays.equals(paid.note(), quote.note().getBytes(StandardCharsets.UTF_8))) {
            return "does not carry the note \"" + quote.note() + "\"";
        }
        return null;
    }
}
