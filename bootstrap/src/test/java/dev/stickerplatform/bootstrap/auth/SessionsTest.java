package dev.stickerplatform.bootstrap.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.bootstrap.auth.AuthPlatform.Reply;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sessions through HTTP: a refresh token is single use and rotates, reusing one revokes the session, logout and
 * revocation end access tokens at once, and a rekeyed wallet's session ends at its next refresh.
 */
class SessionsTest {
    AuthPlatform auth;
    DevWallet fan;

    @BeforeEach
    void start() {
        auth = AuthPlatform.start();
        fan = DevWallet.generate();
    }

    @AfterEach
    void stop() {
        auth.close();
    }

    @Test
    void signingInAnswersARefreshTokenThatTradesForNewTokensOnce() {
        JsonNode signedIn = signIn(fan);
        assertThat(signedIn.get("refreshToken").asText()).isNotBlank();
        assertThat(signedIn.get("sessionExpiresAt").asText()).isNotBlank();
        auth.clock.advance(Duration.ofMinutes(16));
        assertUnauthenticated(act(signedIn.get("accessToken").asText()));

        Reply refreshed = refresh(signedIn.get("refreshToken").asText());

        assertThat(refreshed.status()).as(refreshed.toString()).isEqualTo(200);
        assertThat(refreshed.body().get("refreshToken").asText()).isNotEqualTo(signedIn.get("refreshToken").asText());
        assertThat(refreshed.body().get("sessionId").asText()).isEqualTo(signedIn.get("sessionId").asText());
        assertThat(refreshed.body().get("walletAddress").asText()).isEqualTo(fan.address().value());
        assertAccepted(act(refreshed.body().get("accessToken").asText()));
        assertThat(refresh(refreshed.body().get("refreshToken").asText()).status()).isEqualTo(200);
    }

    @Test
    void reusingAUsedRefreshTokenRevokesTheWholeSession() {
        JsonNode signedIn = signIn(fan);
        JsonNode refreshed = refresh(signedIn.get("refreshToken").asText()).body();

        Reply reused = refresh(signedIn.get("refreshToken").asText());

        assertUnauthenticated(reused);
        assertThat(reused.detail()).contains("already used");
        assertUnauthenticated(act(refreshed.get("accessToken").asText()));
        assertThat(refresh(refreshed.get("refreshToken").asText()).detail()).contains("ended");
        assertThat(auth.platform.metrics().scrape()).contains("auth_failures_total{reason=\"refresh_reused\"} 1");
    }

    @Test
    void loggingOutEndsTheAccessTokenAndTheRefreshTokenAtOnce() {
        JsonNode signedIn = signIn(fan);
        JsonNode other = signIn(fan);
        String token = signedIn.get("accessToken").asText();
        assertAccepted(act(token));

        Reply out = auth.send("POST", "/auth/logout", null, token);

        assertThat(out.status()).as(out.toString()).isEqualTo(200);
        assertThat(out.body().get("signedOut").asBoolean()).isTrue();
        assertUnauthenticated(act(token));
        assertUnauthenticated(refresh(signedIn.get("refreshToken").asText()));
        assertAccepted(act(other.get("accessToken").asText()));
        assertThat(auth.post("/auth/logout", Map.of("refreshToken", other.get("refreshToken").asText()), null)
                .body().get("signedOut").asBoolean()).isTrue();
        assertUnauthenticated(act(other.get("accessToken").asText()));
        assertThat(auth.send("POST", "/auth/logout", null, null).status()).isEqualTo(400);
    }

    @Test
    void aWalletRevokesAllItsSessionsAndAnAdminCanToo() {
        JsonNode first = signIn(fan);
        JsonNode second = signIn(fan);
        DevWallet bystander = DevWallet.generate();
        String bystanders = signIn(bystander).get("accessToken").asText();

        Reply revoked = auth.post("/auth/sessions/" + fan.address() + "/revoke-all", Map.of(),
                first.get("accessToken").asText());

        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
        assertThat(revoked.body().get("revokedSessions").asInt()).isEqualTo(2);
        assertUnauthenticated(act(first.get("accessToken").asText()));
        assertUnauthenticated(act(second.get("accessToken").asText()));
        assertUnauthenticated(refresh(second.get("refreshToken").asText()));
        assertThat(auth.post("/auth/sessions/" + bystander.address() + "/revoke-all", Map.of(),
                signIn(fan).get("accessToken").asText()).status()).isEqualTo(403);

        String admin = signIn(auth.admin).get("accessToken").asText();
        Reply byAdmin = auth.post("/admin/sessions/" + bystander.address() + "/revoke-all", Map.of(), admin);
        assertThat(byAdmin.status()).as(byAdmin.toString()).isEqualTo(200);
        assertThat(auth.post("/creator/" + bystander.address() + "/pause-contract", Map.of(), bystanders).status())
                .isEqualTo(401);
    }

    @Test
    void aRekeyedWalletsSessionEndsAtItsNextRefresh() throws Exception {
        JsonNode signedIn = signIn(fan);

        auth.rekey(fan, DevWallet.generate().address());
        Reply refreshed = refresh(signedIn.get("refreshToken").asText());

        assertUnauthenticated(refreshed);
        assertThat(refreshed.detail()).contains("signing key changed");
        assertUnauthenticated(act(signedIn.get("accessToken").asText()));
    }

    @Test
    void aMalformedOrUnknownRefreshTokenIs401AndAMissingOne400() {
        assertUnauthenticated(refresh("not-a-token"));
        assertUnauthenticated(refresh(java.util.UUID.randomUUID() + ".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
        Reply missing = auth.post("/auth/refresh", Map.of(), null);
        assertThat(missing.status()).as(missing.toString()).isEqualTo(400);
        assertThat(missing.body().toString()).contains("refreshToken");
    }

    private JsonNode signIn(DevWallet wallet) {
        return WalletLogin.signIn(auth.platform.baseUrl(), wallet);
    }

    private Reply refresh(String refreshToken) {
        return auth.post("/auth/refresh", Map.of("refreshToken", refreshToken), null);
    }

    /** A state change scoped to the fan: pausing its (absent) tip jar. */
    private Reply act(String token) {
        return auth.post("/creator/" + fan.address() + "/pause-contract", Map.of(), token);
    }

    /** Past the access check: the handler answered that the wallet has no tip jar. */
    private static void assertAccepted(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
    }

    private static void assertUnauthenticated(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
        assertThat(reply.body().get("type").asText()).isEqualTo(AuthPlatform.PROBLEMS + "unauthenticated");
    }
}
