package dev.stickerplatform.application.keys;

import dev.stickerplatform.application.chainwrite.ChainWrites;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.ChainWrite;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.SignerRole;
import dev.stickerplatform.domain.port.TxnRequest;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Rotates a role's key without changing its account: the current key signs a rekey of the account to the new key,
 * and the rotation counts only once the chain reports the new key as the account's auth address. The account's
 * address — and so its balance, its assets and every ASA naming it as manager or clawback — stays the same.
 *
 * <p>Idempotent: it first asks the chain which key signs for the account, so running it again after a success
 * answers {@link Result.AlreadyRotated}, and after an unconfirmed attempt either that or a fresh rekey (an earlier
 * rekey signed by the current key can no longer confirm once a later one did, and the reverse).
 */
public final class RotateSignerService {
    private final Chain chain;
    private final ChainWrites writes;
    private final Config config;

    /**
     * @param maxRounds    how many rounds to wait for the rekey to confirm before answering {@code Unconfirmed}
     * @param roundTimeout how long to wait for one round at most
     */
    public record Config(int maxRounds, Duration roundTimeout) {
        public Config {
            if (maxRounds < 1 || roundTimeout == null || roundTimeout.isNegative() || roundTimeout.isZero()) {
                throw new IllegalArgumentException("maxRounds and roundTimeout must be positive");
            }
        }
    }

    /** What a rotation did. */
    public sealed interface Result {
        /** The rekey {@code txId} confirmed in {@code round}; the chain now names {@code to} as the auth address. */
        record Rotated(Address account, Address from, Address to, TxId txId, Round round) implements Result {
        }

        /** The chain already names the new key: nothing was submitted. */
        record AlreadyRotated(Address account, Address to) implements Result {
        }

        /** Not rotated, for {@code reason} (which says what, if anything, was submitted). */
        record Refused(String reason) implements Result {
        }

        /** Submitted, not confirmed within the wait; it may still confirm until round {@code lastValid}. */
        record Unconfirmed(Address account, TxId txId, Round lastValid) implements Result {
        }
    }

    public RotateSignerService(Chain chain, Config config) {
        this.chain = chain;
        this.writes = new ChainWrites(chain);
        this.config = config;
    }

    /** Rotates {@code role} from {@code current} to {@code next}: both must act for the same account. */
    public Result rotate(SignerRole role, Signer current, Signer next) {
        return rotate(role, current, next, write -> {
        });
    }

    /** Like {@link #rotate(SignerRole, Signer, Signer)}; {@code signed} learns the rekey before it is submitted. */
    public Result rotate(SignerRole role, Signer current, Signer next, Consumer<ChainWrite> signed) {
        Address account = current.address();
        Address from = current.authAddress();
        Address to = next.authAddress();
        if (!next.address().equals(account)) {
            return new Result.Refused(role + ": the new key is set up for account " + next.address() + ", not for "
                    + account);
        }
        if (to.equals(from)) {
            return new Result.Refused(role + ": the new key " + to + " is the current key");
        }
        Address onChain = chain.account(account).signingAddress();
        if (onChain.equals(to)) {
            return new Result.AlreadyRotated(account, to);
        }
        if (!onChain.equals(from)) {
            return new Result.Refused(role + ": account " + account + " is signed for by " + onChain + " on chain,"
                    + " which is neither the current key " + from + " nor the new key " + to);
        }
        // no lease: a second rekey signed by the same key cannot confirm after the first one did (it is no longer
        // authorized), and a fixed lease would refuse rotating forward again within the validity window
        ChainWrite write = chain.sign(new TxnRequest.Rekey(account, to, null), current);
        signed.accept(write);
        if (writes.submit(write) instanceof ChainWrites.Progress.Open open && open.rejection() != null) {
            return new Result.Refused(role + ": the chain refused the rekey: " + open.rejection());
        }
        return switch (writes.await(write, config.maxRounds(), config.roundTimeout())) {
            case ChainWrites.Progress.Confirmed confirmed -> verified(role, account, from, to, confirmed);
            case ChainWrites.Progress.Dead dead -> new Result.Refused(role + ": the rekey " + write.txId()
                    + " expired before it confirmed; nothing changed");
            case ChainWrites.Progress.Open open -> new Result.Unconfirmed(account, write.txId(), write.lastValid());
        };
    }

    private Result verified(SignerRole role, Address account, Address from, Address to,
                            ChainWrites.Progress.Confirmed confirmed) {
        Address onChain = chain.account(account).signingAddress();
        if (!onChain.equals(to)) {
            return new Result.Refused(role + ": the rekey " + confirmed.status().txId() + " confirmed in round "
                    + confirmed.status().round() + ", but account " + account + " is now signed for by " + onChain
                    + ", not by the new key " + to);
        }
        return new Result.Rotated(account, from, to, confirmed.status().txId(), confirmed.status().round());
    }
}
