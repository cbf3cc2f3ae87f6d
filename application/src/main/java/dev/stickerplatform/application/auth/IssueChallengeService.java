package dev.stickerplatform.application.auth;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.ChallengeStore;
import dev.stickerplatform.domain.port.ChallengeStore.Challenge;
import dev.stickerplatform.domain.port.Randomness;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The first step of signing in: a fresh nonce (256 random bits) and the {@link SignInMessage} that binds it to
 * this domain, the wallet and the connected network, stored in the {@link ChallengeStore} until it is answered
 * or expires (5 minutes). Anyone may ask; nothing is decided here.
 */
public final class IssueChallengeService {
    static final int NONCE_BYTES = 32;

    private final ChallengeStore challenges;
    private final Chain chain;
    private final Randomness randomness;
    private final Clock clock;
    private final SignInConfig config;

    public IssueChallengeService(ChallengeStore challenges, Chain chain, Randomness randomness, Clock clock,
                                 SignInConfig config) {
        this.challenges = Objects.requireNonNull(challenges, "challenges");
        this.chain = Objects.requireNonNull(chain, "chain");
        this.randomness = Objects.requireNonNull(randomness, "randomness");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.config = Objects.requireNonNull(config, "config");
    }

    /** The stored challenge and the message it carries (the text the wallet signs). */
    public record Issued(Challenge challenge, SignInMessage message) {
    }

    public Issued issue(Address wallet) {
        Objects.requireNonNull(wallet, "wallet");
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String nonce = HexFormat.of().formatHex(randomness.bytes(NONCE_BYTES));
        SignInMessage message = new SignInMessage(config.domain(), wallet, config.uri(),
                chain.network().genesisHash(), nonce, now, now.plus(config.challengeTtl()));
        Challenge challenge = new Challenge(nonce, wallet, message.text(), message.issuedAt(), message.expiresAt());
        challenges.save(challenge);
        return new Issued(challenge, message);
    }
}
