package dev.stickerplatform.adapters.http;

import dev.stickerplatform.adapters.http.auth.AccessTokens;
import dev.stickerplatform.adapters.http.auth.Authentication;
import dev.stickerplatform.adapters.http.auth.SigningKeys;
import dev.stickerplatform.application.auth.IssueChallengeService;
import dev.stickerplatform.application.auth.Role;
import dev.stickerplatform.application.auth.SignInConfig;
import dev.stickerplatform.application.auth.VerifySignInService;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.ChainUnavailableException;
import dev.stickerplatform.domain.port.ChallengeStore;
import dev.stickerplatform.domain.port.Randomness;
import dev.stickerplatform.domain.port.Store;
import dev.stickerplatform.domain.port.StoreUnavailableException;
import java.time.Clock;
import java.util.Set;

/**
 * Sign-in over ports that are all down (like {@link TestPlatform}), with a token issuer of a fixed key, so the
 * adapter's own tests can hand out valid tokens without signing in.
 */
final class TestAuthentication {
    static final byte[] SEED = new byte[32];
    static final Address ADMIN = Address.fromPublicKey(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
            16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32});

    private TestAuthentication() {
    }

    static Authentication withPortsDown() {
        Chain chain = TestPlatform.down(Chain.class, () -> new ChainUnavailableException("chain down (test)"));
        Store store = TestPlatform.down(Store.class, () -> new StoreUnavailableException("store down (test)"));
        ChallengeStore challenges = TestPlatform.down(ChallengeStore.class,
                () -> new StoreUnavailableException("challenges down (test)"));
        Randomness randomness = TestPlatform.down(Randomness.class, () -> new IllegalStateException("no randomness"));
        Clock clock = Clock.systemUTC();
        var config = SignInConfig.of("api.test", "https://api.test", Set.of(ADMIN));
        var tokens = new AccessTokens(SigningKeys.fromSeed(SEED, "test-key"),
                AccessTokens.Settings.of("https://api.test", "sticker-test"), clock);
        return new Authentication(new IssueChallengeService(challenges, chain, randomness, clock, config),
                new VerifySignInService(challenges, chain, store, clock, config), tokens, Set.of(ADMIN));
    }

    /** An {@code Authorization} header value with a valid token of {@code wallet} in {@code role}. */
    static String bearer(Authentication auth, Address wallet, Role role) {
        return "Bearer " + auth.tokens().issue(wallet, role).token();
    }
}
