package dev.stickerplatform.bootstrap.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.adapters.http.RateLimits;
import dev.stickerplatform.adapters.http.server.RouteSpec;
import dev.stickerplatform.bootstrap.auth.AuthPlatform.Reply;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.port.RateLimiter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Enumerates every route the server registered ({@code HttpServer.routes()}) and proves that none that changes
 * state — nor any admin route — can be reached without a valid token: no token and bad tokens are 401, the token
 * of another wallet (or a wallet that is not admin) is 403, and nothing changed afterwards. The only open state
 * changes are relaying wallet-signed transactions and signing in itself.
 */
class EveryStateChangeNeedsATokenTest {
    static final Set<String> OPEN_STATE_CHANGES = Set.of("POST /submit", "POST /submit-group",
            "POST /auth/challenge", "POST /auth/verify", "POST /onramp/webhook",
            "POST /auth/refresh", "POST /auth/logout");

    AuthPlatform auth;
    DevWallet owner;

    @BeforeEach
    void start() {
        // registration and upgrade are counted per client IP before the token is looked at: these tests send
        // more of them from 127.0.0.1 than the default budget, and look at the authentication only
        auth = AuthPlatform.withConfig(config -> {
            RateLimits limits = config.operations().rateLimits();
            return config.withOperations(config.operations().withRateLimits(new RateLimits(
                    new RateLimiter.Policy("register", 1_000, Duration.ofHours(1)), limits.faucet(), limits.writes(),
                    limits.reads(), limits.auth())));
        });
        owner = DevWallet.generate();
    }

    @AfterEach
    void stop() {
        auth.close();
    }

    @Test
    void theOnlyOpenStateChangesAreSignedTransactionsAndSigningIn() {
        List<RouteSpec> routes = auth.platform.routes();
        for (RouteSpec route : routes) {
            if (route.isStateChanging() && route.access().equals("open")) {
                assertThat(OPEN_STATE_CHANGES).as("open state change").contains(key(route));
            }
        }
        assertThat(guarded()).extracting(EveryStateChangeNeedsATokenTest::key).contains("POST /creator/register",
                "POST /creator/{wallet}/upgrade-contract", "POST /creator/{wallet}/pause-contract",
                "POST /creator/{wallet}/unpause-contract", "POST /creator/{wallet}/sticker-template",
                "DELETE /creator/{wallet}/template/{templateId}", "POST /fan/{wallet}/claim/{stickerId}",
                "POST /nft/optin", "POST /nft/mint/soulbound", "POST /nft/mint/golden", "POST /nft/transfer",
                "POST /simulate/fund-wallet", "GET /admin/jobs", "POST /admin/jobs/{id}/retry");
    }

    @Test
    void withoutATokenNoGuardedRouteIsReachable() {
        for (RouteSpec route : guarded()) {
            assertStatus(route, call(route, null), 401);
        }
        assertNothingChanged();
    }

    @Test
    void withAnInvalidTokenNoGuardedRouteIsReachable() {
        String valid = auth.login(owner);
        Instant past = auth.clock.instant().minus(Duration.ofHours(1));
        String expired = Tokens.signed(AuthPlatform.KEY_SEED, AuthPlatform.KEY_ID,
                auth.platform.config().http().publicBaseUrl(), "sticker-platform-api", owner.address().value(), "admin",
                past, past.plus(Duration.ofMinutes(15)));
        for (String token : List.of(Tokens.unsigned(valid), Tokens.withFlippedSignatureBit(valid), expired)) {
            for (RouteSpec route : guarded()) {
                assertStatus(route, call(route, token), 401);
            }
        }
        assertNothingChanged();
    }

    @Test
    void withTheTokenOfAnotherWalletNoGuardedRouteIsReachable() {
        String stranger = auth.login(DevWallet.generate());
        for (RouteSpec route : guarded()) {
            assertStatus(route, call(route, stranger), 403);
        }
        assertNothingChanged();
    }

    /** Every route that changes state and is not open, plus every admin route (admin reads too). */
    private List<RouteSpec> guarded() {
        return auth.platform.routes().stream()
                .filter(route -> !route.access().equals("open"))
                .toList();
    }

    /** The route acting on {@code owner}, with a body every JSON route can parse. */
    private Reply call(RouteSpec route, String token) {
        String wallet = owner.address().value();
        String path = route.path().replace("{wallet}", wallet).replace("{templateId}", "1")
                .replace("{stickerId}", "1").replace("{id}", "3f1c2d4e-0000-4000-8000-000000000000");
        String body = "{\"walletAddress\":\"" + wallet + "\",\"fanWallet\":\"" + wallet + "\",\"assetId\":1,"
                + "\"amountAlgo\":\"1\",\"minTipAlgo\":\"1\"}";
        return auth.send(route.method(), path, route.method().equals("GET") ? null : body, token);
    }

    private void assertNothingChanged() {
        var store = auth.platform.services().ports().store();
        assertThat(store.creators().find(owner.address())).isEmpty();
        assertThat(auth.platform.ledger().account(owner.address()).balance()).isEqualTo(MicroAlgos.ZERO);
    }

    private static void assertStatus(RouteSpec route, Reply reply, int status) {
        assertThat(reply.status()).as(key(route) + " → " + reply).isEqualTo(status);
        assertThat(reply.body().get("type").asText()).as(key(route))
                .isEqualTo(AuthPlatform.PROBLEMS + (status == 401 ? "unauthenticated" : "forbidden"));
    }

    private static String key(RouteSpec route) {
        return route.method() + " " + route.path();
    }
}
