package dev.stickerplatform.application.network;

import dev.stickerplatform.application.approval.ProposeApprovalService;
import dev.stickerplatform.application.budget.DailyBudget;
import dev.stickerplatform.application.chainwrite.ChainWrites;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.Approval;
import dev.stickerplatform.domain.model.ApprovalKind;
import dev.stickerplatform.domain.model.ChainWrite;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.ChainRejectedException;
import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.SignerRole;
import dev.stickerplatform.domain.port.Signers;
import dev.stickerplatform.domain.port.DailyCapKind;
import dev.stickerplatform.domain.port.TxnRequest;
import java.time.Duration;

/**
 * The faucet of test networks: the FUNDER account pays a wallet a small amount, then the request waits a bounded
 * number of rounds for confirmation. Off unless the configuration enables it (never on mainnet). A payment above
 * {@link Config#approvalAbove()}, or any payment when FUNDER is a multisig account, is a high-value operation: it
 * is proposed and waits for approvals instead of being paid at once.
 */
public final class FundWalletService {
    public static final MicroAlgos MAX_PER_CALL = MicroAlgos.ofAlgo(10);
    static final String NOTE = "Sticker Platform test funding";

    private final Chain chain;
    private final Signers signers;
    private final Config config;
    private final ProposeApprovalService approvals;
    private final DailyBudget budget;

    public FundWalletService(Chain chain, Signers signers, Config config, ProposeApprovalService approvals) {
        this(chain, signers, config, approvals, DailyBudget.unlimited());
    }

    /** @param budget counts every faucet payment against the daily faucet cap */
    public FundWalletService(Chain chain, Signers signers, Config config, ProposeApprovalService approvals,
                             DailyBudget budget) {
        this.chain = chain;
        this.signers = signers;
        this.config = config;
        this.approvals = approvals;
        this.budget = budget;
    }

    /**
     * @param maxPerCall   the most one call may send, at most 10 ALGO
     * @param waitRounds   how many rounds to wait for confirmation before answering {@code Unconfirmed}
     * @param roundTimeout how long to wait for one round at most
     * @param approvalAbove payments above this wait for approvals; null: none does (unless FUNDER is a multisig)
     */
    public record Config(boolean enabled, MicroAlgos maxPerCall, int waitRounds, Duration roundTimeout,
                         MicroAlgos approvalAbove) {
        public Config {
            if (maxPerCall == null || maxPerCall.value() == 0 || maxPerCall.compareTo(MAX_PER_CALL) > 0) {
                throw new IllegalArgumentException("maxPerCall must be more than 0 and at most 10 ALGO");
            }
            if (waitRounds < 0 || roundTimeout == null || roundTimeout.isNegative()) {
                throw new IllegalArgumentException("waitRounds and roundTimeout must not be negative");
            }
        }

        /** 10 ALGO per call, waiting up to 4 rounds of at most 10 s each. */
        public static Config defaults(boolean enabled) {
            return new Config(enabled, MAX_PER_CALL, 4, Duration.ofSeconds(10), null);
        }

        /** The same, with payments above {@code amount} (null: none) waiting for approvals. */
        public Config withApprovalAbove(MicroAlgos amount) {
            return new Config(enabled, maxPerCall, waitRounds, roundTimeout, amount);
        }
    }

    public record Command(Address wallet, MicroAlgos amount) {
        public Command {
            if (wallet == null || amount == null || amount.value() == 0) {
                throw new IllegalArgumentException("wallet and an amount of more than 0 are required");
            }
        }
    }

    public sealed interface Result {
        record Funded(TxId txId, Address wallet, MicroAlgos amount, Round confirmedRound) implements Result {
        }

        /** The faucet is off on this deployment. */
        record Disabled() implements Result {
        }

        /** More than the configured maximum per call was asked for. */
        record AmountTooLarge(MicroAlgos max) implements Result {
        }

        /** The chain refused the payment (e.g. too little to open a new account); {@code reason} is client-safe. */
        record Rejected(String reason) implements Result {
        }

        /** A high-value payment: proposed, it is paid once the approvals are in. */
        record AwaitingApproval(Approval approval) implements Result {
        }

        /** Submitted but not confirmed within the wait; it may still confirm (look it up by {@code txId}). */
        record Unconfirmed(TxId txId) implements Result {
        }
    }

    public Result fund(Command command) {
        if (!config.enabled()) {
            return new Result.Disabled();
        }
        if (command.amount().compareTo(config.maxPerCall()) > 0) {
            return new Result.AmountTooLarge(config.maxPerCall());
        }
        budget.spend(DailyCapKind.FAUCET);
        Signer funder = signers.forRole(SignerRole.FUNDER);
        TxnRequest payment = new TxnRequest.Payment(funder.address(), command.wallet(), command.amount(), NOTE, null);
        if (signers.multisig(SignerRole.FUNDER).isPresent() || (config.approvalAbove() != null
                && command.amount().compareTo(config.approvalAbove()) > 0)) {
            return new Result.AwaitingApproval(approvals.propose(ApprovalKind.FAUCET_PAYMENT, SignerRole.FUNDER,
                    "faucet payment of " + command.amount().toAlgoString() + " ALGO to " + command.wallet(), payment,
                    command.wallet().value()));
        }
        ChainWrite write;
        try {
            write = chain.sign(payment, funder);
            chain.submit(write);
        } catch (ChainRejectedException e) {
            return new Result.Rejected(e.reason());
        }
        return switch (new ChainWrites(chain).await(write, config.waitRounds(), config.roundTimeout())) {
            case ChainWrites.Progress.Confirmed c ->
                    new Result.Funded(c.status().txId(), command.wallet(), command.amount(), c.status().round());
            case ChainWrites.Progress.Dead dead -> new Result.Rejected("the payment expired before it was confirmed");
            case ChainWrites.Progress.Open open -> new Result.Unconfirmed(write.txId());
        };
    }
}
