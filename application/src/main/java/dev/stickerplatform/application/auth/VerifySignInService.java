package dev.stickerplatform.application.auth;

import dev.stickerplatform.application.metrics.AuthMetrics;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.Ed25519;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.ChallengeStore;
import dev.stickerplatform.domain.port.ChallengeStore.Challenge;
import dev.stickerplatform.domain.port.Store;
import java.nio.charset.StandardCharsets;
import java.security.Provider;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The second step of signing in: the answer to a challenge. The nonce is consumed first (atomically, so it
 * answers at most once, whatever the outcome), then every bound field of the stored message is checked against
 * this server and network, and the signature is verified against the wallet's <em>current</em> signing key on
 * chain (its auth address when it is rekeyed). Nothing here is ever skipped.
 */
public final class VerifySignInService {
    /** How far another server's clock may run ahead when it issued the challenge. */
    static final Duration ISSUER_CLOCK_SKEW = Duration.ofSeconds(60);

    private final ChallengeStore challenges;
    private final Chain chain;
    private final Store store;
    private final Clock clock;
    private final SignInConfig config;
    private final Provider ed25519;
    private final AuthMetrics metrics;

    public VerifySignInService(ChallengeStore challenges, Chain chain, Store store, Clock clock, SignInConfig config) {
        this(challenges, chain, store, clock, config, null, AuthMetrics.NONE);
    }

    /**
     * @param ed25519 the JCA provider whose Ed25519 verifies wallet signatures, or null for the JDK's default
     * @param metrics told the reason of every refused sign-in
     */
    public VerifySignInService(ChallengeStore challenges, Chain chain, Store store, Clock clock, SignInConfig config,
                               Provider ed25519, AuthMetrics metrics) {
        this.challenges = Objects.requireNonNull(challenges, "challenges");
        this.chain = Objects.requireNonNull(chain, "chain");
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.config = Objects.requireNonNull(config, "config");
        this.ed25519 = ed25519;
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    public record Command(Address wallet, String nonce, SignInProof proof) {
        public Command {
            Objects.requireNonNull(wallet, "wallet");
            Objects.requireNonNull(nonce, "nonce");
            Objects.requireNonNull(proof, "proof");
        }
    }

    public sealed interface Result {
        record SignedIn(Address wallet, Role role) implements Result {
        }

        record Refused(Reason reason) implements Result {
        }
    }

    /** Why a sign-in was refused; {@link #detail()} is safe to show the client. */
    public enum Reason {
        UNKNOWN_CHALLENGE("The challenge is unknown, was already answered or has expired; ask for a new one."),
        OTHER_WALLET("The challenge was issued to another wallet."),
        STALE_CHALLENGE("The challenge was issued for another domain or network; ask for a new one."),
        DATA_MISMATCH("The signed data does not match the challenge."),
        BAD_SIGNATURE("The signature is not valid for the wallet's current signing key.");

        private final String detail;

        Reason(String detail) {
            this.detail = detail;
        }

        public String detail() {
            return detail;
        }
    }

    public Result verify(Command command) {
        Result result = check(command);
        if (result instanceof Result.Refused refused) {
            metrics.failure(refused.reason().name().toLowerCase(Locale.ROOT));
        }
        return result;
    }

    private Result check(Command command) {
        Instant now = clock.instant();
        Optional<Challenge> consumed = challenges.consume(command.nonce(), now);
        if (consumed.isEmpty()) {
            return new Result.Refused(Reason.UNKNOWN_CHALLENGE);
        }
        Challenge challenge = consumed.get();
        if (!challenge.wallet().equals(command.wallet())) {
            return new Result.Refused(Reason.OTHER_WALLET);
        }
        Optional<SignInMessage> message = SignInMessage.parse(challenge.message())
                .filter(m -> isCurrent(m, challenge, now));
        if (message.isEmpty()) {
            return new Result.Refused(Reason.STALE_CHALLENGE);
        }
        if (command.proof() instanceof SignInProof.Arc60 arc60 && !matches(arc60, message.get())) {
            return new Result.Refused(Reason.DATA_MISMATCH);
        }
        byte[] signingKey = chain.account(command.wallet()).signingAddress().publicKey();
        boolean valid = switch (command.proof()) {
            case SignInProof.SignBytes signBytes -> Ed25519.verify(signingKey,
                    WalletSignatures.signBytesPayload(challenge.message().getBytes(StandardCharsets.UTF_8)),
                    signBytes.signature(), ed25519);
            case SignInProof.Arc60 arc60 -> Ed25519.verify(signingKey,
                    WalletSignatures.arc60Payload(arc60.data(), arc60.authenticatorData()), arc60.signature(),
                    ed25519);
        };
        if (!valid) {
            return new Result.Refused(Reason.BAD_SIGNATURE);
        }
        return new Result.SignedIn(command.wallet(), role(command.wallet()));
    }

    /** Every bound field still holds here and now: this domain and URI, this network, the stored nonce and times. */
    private boolean isCurrent(SignInMessage message, Challenge challenge, Instant now) {
        return message.domain().equals(config.domain())
                && message.uri().equals(config.uri())
                && message.wallet().equals(challenge.wallet())
                && message.nonce().equals(challenge.nonce())
                && message.genesisHash().equals(chain.network().genesisHash())
                && !message.issuedAt().isAfter(now.plus(ISSUER_CLOCK_SKEW))
                && now.isBefore(message.expiresAt())
                && !message.expiresAt().isAfter(message.issuedAt().plus(config.challengeTtl()));
    }

    /** The ARC-60 data names exactly the challenge, and its authenticator data this domain. */
    private boolean matches(SignInProof.Arc60 proof, SignInMessage message) {
        return WalletSignatures.arc60NamesDomain(proof.authenticatorData(), config.domain())
                && message.isNamedBy(proof.fields());
    }

    private Role role(Address wallet) {
        if (config.admins().contains(wallet)) {
            return Role.ADMIN;
        }
        return store.creators().find(wallet).isPresent() ? Role.CREATOR : Role.FAN;
    }
}
