package dev.stickerplatform.bootstrap.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.bootstrap.auth.AuthPlatform.Reply;
import io.jsonwebtoken.Jwts;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a state-changing route does with the token it is given, through HTTP: the token of another wallet is 403;
 * a tampered, unsigned ({@code alg: none}), HMAC-confused, unknown-{@code kid}, expired, or other-issuer or
 * other-audience token is 401. Tokens forged with the platform's own key and the right claims pass, which shows
 * each refusal is for the one thing the test changed.
 */
class AccessTokenAttacksTest {
    AuthPlatform auth;
    DevWallet fan;
    String wallet;
    String issuer;

    @BeforeEach
    void start() {
        auth = AuthPlatform.start();
        fan = DevWallet.generate();
        wallet = fan.address().value();
        issuer = auth.platform.config().http().publicBaseUrl();
    }

    @AfterEach
    void stop() {
        auth.close();
    }

    @Test
    void theTokenOfAnotherWalletIs403() {
        String othersToken = auth.login(DevWallet.generate());

        Reply reply = act(othersToken);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
        assertThat(reply.detail()).contains("another wallet");
    }

    @Test
    void aTokenWithAChangedSubjectIs401() {
        String token = auth.login(DevWallet.generate());
        String claims = Tokens.claims(token).toString()
                .replaceAll("\"sub\":\"[A-Z2-7]+\"", "\"sub\":\"" + wallet + "\"");

        assertUnauthenticated(act(Tokens.withClaims(token, claims)));
    }

    @Test
    void aTokenWithAChangedSignatureIs401() {
        assertUnauthenticated(act(Tokens.withFlippedSignatureBit(auth.login(fan))));
    }

    @Test
    void anUnsignedAlgNoneTokenIs401() {
        assertUnauthenticated(act(Tokens.unsigned(auth.login(fan))));
    }

    @Test
    void anHmacTokenKeyedWithThePublicKeyIs401() {
        byte[] publicKey = java.util.Base64.getUrlDecoder().decode(auth.get("/.well-known/jwks.json", null).body()
                .get("keys").get(0).get("x").asText());
        String confused = Jwts.builder().header().keyId(AuthPlatform.KEY_ID).and().issuer(issuer)
                .audience().single("sticker-platform-api").subject(wallet).claim("role", "admin")
                .expiration(Date.from(auth.clock.instant().plusSeconds(600)))
                .signWith(new SecretKeySpec(pad(publicKey), "HmacSHA256"), Jwts.SIG.HS256).compact();

        assertUnauthenticated(act(confused));
    }

    @Test
    void aTokenNamingAnUnknownKidIs401() {
        String token = auth.login(fan);

        assertUnauthenticated(act(Tokens.withHeader(token,
                "{\"alg\":\"EdDSA\",\"kid\":\"other-key\",\"typ\":\"JWT\"}")));
        assertUnauthenticated(act(Tokens.withHeader(token, "{\"alg\":\"EdDSA\",\"typ\":\"JWT\"}")));
    }

    @Test
    void aTokenSignedByAnotherKeyIs401() {
        byte[] otherKey = AuthPlatform.filled(0x22);

        assertUnauthenticated(act(forged(otherKey, AuthPlatform.KEY_ID, issuer, "sticker-platform-api")));
        assertUnauthenticated(act(forged(otherKey, "attacker-key", issuer, "sticker-platform-api")));
    }

    @Test
    void anExpiredTokenIs401() {
        String token = auth.login(fan);
        auth.clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertAccepted(act(token));

        auth.clock.advance(Duration.ofSeconds(2));

        assertUnauthenticated(act(token));
    }

    @Test
    void aTokenOfAnotherIssuerOrAudienceIs401() {
        byte[] ourKey = AuthPlatform.KEY_SEED;
        assertAccepted(act(forged(ourKey, AuthPlatform.KEY_ID, issuer, "sticker-platform-api")));

        assertUnauthenticated(act(forged(ourKey, AuthPlatform.KEY_ID, "https://other.example",
                "sticker-platform-api")));
        assertUnauthenticated(act(forged(ourKey, AuthPlatform.KEY_ID, issuer, "another-api")));
    }

    @Test
    void garbageAndOtherSchemesAre401() {
        for (String header : new String[] {"Bearer", "Bearer not.a.jwt", "Basic dXNlcjpwYXNz", "bearer  x.y.z",
                "Bearer " + "e".repeat(9000)}) {
            assertUnauthenticated(auth.sendWithAuthorization("POST", "/creator/" + wallet + "/pause-contract", "{}",
                    header));
        }
    }

    @Test
    void anAdminTokenStopsWorkingWhenTheWalletIsNoLongerAdmin() {
        String adminToken = auth.login(auth.admin);
        assertThat(auth.get("/admin/jobs", adminToken).status()).isEqualTo(200);
        auth.close();
        auth = AuthPlatform.start(settings -> settings.withAdmins(Set.of()));

        Reply reply = auth.get("/admin/jobs", forged(AuthPlatform.KEY_SEED, AuthPlatform.KEY_ID, issuer,
                "sticker-platform-api", auth.admin.address().value(), "admin"));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
    }

    @Test
    void duringARotationTokensOfThePreviousKeyStillPass() throws Exception {
        byte[] oldSeed = AuthPlatform.filled(0x33);
        byte[] oldPublic = DevWallet.fromSeed(oldSeed).address().publicKey();
        auth.close();
        auth = AuthPlatform.start(settings -> settings.withPreviousKey(oldPublic, "old-key"));

        var keys = auth.get("/.well-known/jwks.json", null).body().get("keys");
        assertThat(keys).hasSize(2);
        assertThat(keys.get(0).get("kid").asText()).isEqualTo(AuthPlatform.KEY_ID);
        assertThat(keys.get(1).get("kid").asText()).isEqualTo("old-key");
        assertAccepted(act(forged(oldSeed, "old-key", issuer, "sticker-platform-api")));
        assertThat(Tokens.header(auth.login(fan)).get("kid").asText()).isEqualTo(AuthPlatform.KEY_ID);
        assertUnauthenticated(act(forged(oldSeed, AuthPlatform.KEY_ID, issuer, "sticker-platform-api")));
    }

    @Test
    void refusedTokensAreCountedByReason() {
        act(null);
        act("not.a.jwt");
        act(auth.login(DevWallet.generate()));

        assertThat(auth.platform.metrics().scrape())
                .contains("auth_failures_total{reason=\"missing_token\"} 1")
                .contains("auth_failures_total{reason=\"invalid_token\"} 1")
                .contains("auth_failures_total{reason=\"forbidden\"} 1");
    }

    /** A state change scoped to {@code wallet} (under the writes limit): pausing its tip jar. */
    private Reply act(String token) {
        return auth.post("/creator/" + wallet + "/pause-contract", Map.of(), token);
    }

    /** The request got past the access check: the handler answered that the wallet has no tip jar. */
    private static void assertAccepted(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
        assertThat(reply.body().get("type").asText()).isEqualTo(AuthPlatform.PROBLEMS + "not-found");
    }

    private String forged(byte[] seed, String kid, String iss, String aud) {
        return forged(seed, kid, iss, aud, wallet, "fan");
    }

    /**
     * A token made with {@code seed} as an attacker holding that key would, naming a real session of the subject
     * (tokens must name an active session; forging one's id is not what these tests are about).
     */
    private String forged(byte[] seed, String kid, String iss, String aud, String subject, String role) {
        Instant now = auth.clock.instant();
        String session = subject.equals(wallet) ? sessionOf(fan)
                : subject.equals(auth.admin.address().value()) ? sessionOf(auth.admin) : null;
        return Tokens.signed(seed, kid, iss, aud, subject, role, now, now.plus(Duration.ofMinutes(15)), session);
    }

    private String sessionOf(DevWallet signedIn) {
        return WalletLogin.signIn(auth.platform.baseUrl(), signedIn).get("sessionId").asText();
    }

    private static void assertUnauthenticated(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
        assertThat(reply.body().get("type").asText()).isEqualTo(AuthPlatform.PROBLEMS + "unauthenticated");
        assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
    }

    private static byte[] pad(byte[] key) {
        return (new String(key, StandardCharsets.ISO_8859_1).repeat(2)).getBytes(StandardCharsets.ISO_8859_1);
    }
}
