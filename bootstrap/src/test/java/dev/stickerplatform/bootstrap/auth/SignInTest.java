package dev.stickerplatform.bootstrap.auth;

import static dev.stickerplatform.bootstrap.auth.AuthPlatform.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import com.algorand.algosdk.account.Account;
import com.fasterxml.jackson.databind.JsonNode;
import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.bootstrap.auth.AuthPlatform.Reply;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Signing in through HTTP: the challenge binds everything it should, a client signing with algosdk's
 * {@code Account.signBytes} gets a 15-minute EdDSA token with the promised claims, the JWKS verifies it, and the
 * role follows the wallet (fan, creator after registering, admin from configuration).
 */
class SignInTest {
    AuthPlatform auth;

    @BeforeEach
    void start() {
        auth = AuthPlatform.start();
    }

    @AfterEach
    void stop() {
        auth.close();
    }

    @Test
    void aClientSigningWithAlgosdkSignBytesGetsIn() throws Exception {
        Account account = new Account(seed());
        String wallet = account.getAddress().toString();
        JsonNode challenge = auth.challenge(wallet);

        byte[] signature = account.signBytes(utf8(challenge.get("message").asText())).getBytes();
        Reply reply = auth.verify(wallet, challenge.get("nonce").asText(), signature);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.body().get("tokenType").asText()).isEqualTo("Bearer");
        assertThat(reply.body().get("expiresInSeconds").asLong()).isEqualTo(900);
        assertThat(reply.body().get("walletAddress").asText()).isEqualTo(wallet);
        assertThat(reply.body().get("role").asText()).isEqualTo("fan");
    }

    @Test
    void theTokenIsAnEdDsaJwtWithTheAgreedClaims() {
        DevWallet fan = DevWallet.generate();
        String token = auth.login(fan);

        JsonNode header = Tokens.header(token);
        assertThat(header.get("alg").asText()).isEqualTo("EdDSA");
        assertThat(header.get("kid").asText()).isEqualTo(AuthPlatform.KEY_ID);
        JsonNode claims = Tokens.claims(token);
        assertThat(claims.get("iss").asText()).isEqualTo(auth.platform.config().http().publicBaseUrl());
        assertThat(claims.get("aud").asText()).isEqualTo("sticker-platform-api");
        assertThat(claims.get("sub").asText()).isEqualTo(fan.address().value());
        assertThat(claims.get("role").asText()).isEqualTo("fan");
        assertThat(claims.get("jti").asText()).isNotBlank();
        assertThat(claims.get("iat").asLong()).isEqualTo(auth.clock.instant().getEpochSecond());
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(15 * 60);
        assertThat(Tokens.claims(auth.login(fan)).get("jti").asText()).isNotEqualTo(claims.get("jti").asText());
    }

    @Test
    void theJwksPublishesTheKeyThatVerifiesTokens() throws Exception {
        String token = auth.login(DevWallet.generate());

        Reply jwks = auth.get("/.well-known/jwks.json", null);

        assertThat(jwks.status()).isEqualTo(200);
        assertThat(jwks.header("Cache-Control")).contains("max-age");
        JsonNode key = jwks.body().get("keys").get(0);
        assertThat(key.get("kty").asText()).isEqualTo("OKP");
        assertThat(key.get("crv").asText()).isEqualTo("Ed25519");
        assertThat(key.get("alg").asText()).isEqualTo("EdDSA");
        assertThat(key.get("kid").asText()).isEqualTo(AuthPlatform.KEY_ID);
        assertThat(key.has("d")).as("never the private part").isFalse();
        assertThat(Tokens.verifiesWith(token, Base64.getUrlDecoder().decode(key.get("x").asText()))).isTrue();
    }

    @Test
    void theChallengeBindsDomainWalletUriNetworkNonceAndTimes() {
        DevWallet fan = DevWallet.generate();
        String genesisHash = auth.get("/params", null).body().get("genesisHash").asText();

        JsonNode challenge = auth.challenge(fan.address().value());

        String nonce = challenge.get("nonce").asText();
        Instant issuedAt = Instant.parse(challenge.get("issuedAt").asText());
        Instant expiresAt = Instant.parse(challenge.get("expiresAt").asText());
        assertThat(HexFormat.of().parseHex(nonce)).hasSizeGreaterThanOrEqualTo(16);
        assertThat(Duration.between(issuedAt, expiresAt)).isEqualTo(Duration.ofMinutes(5));
        assertThat(challenge.get("message").asText().split("\n")).containsExactly(
                "localhost:8000 wants you to sign in with your Algorand account:",
                fan.address().value(),
                "",
                "Sign in to Sticker Platform. Signing sends no transaction and costs no fee.",
                "",
                "URI: http://localhost:8000",
                "Version: 1",
                "Genesis Hash: " + genesisHash,
                "Nonce: " + nonce,
                "Issued At: " + issuedAt,
                "Expiration Time: " + expiresAt);
        assertThat(challenge.get("walletAddress").asText()).isEqualTo(fan.address().value());
        assertThat(challenge.get("chainId").asText()).startsWith("algorand:");
    }

    @Test
    void everyChallengeHasAFreshNonce() {
        String wallet = DevWallet.generate().address().value();

        assertThat(auth.challenge(wallet).get("nonce").asText())
                .isNotEqualTo(auth.challenge(wallet).get("nonce").asText());
    }

    @Test
    void aRegisteredCreatorSignsInAsCreator() {
        DevWallet creator = DevWallet.generate();
        Reply registered = auth.post("/creator/register", Map.of("walletAddress", creator.address().value()),
                auth.login(creator));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);

        assertThat(WalletLogin.signIn(auth.platform.baseUrl(), creator).get("role").asText()).isEqualTo("creator");
    }

    @Test
    void anAdminWalletSignsInAsAdminAndReachesTheAdminRoutes() {
        JsonNode signedIn = WalletLogin.signIn(auth.platform.baseUrl(), auth.admin);
        String token = signedIn.get("accessToken").asText();

        assertThat(signedIn.get("role").asText()).isEqualTo("admin");
        assertThat(auth.get("/admin/jobs?state=DEAD", token).status()).isEqualTo(200);
        Reply mint = auth.post("/nft/mint/soulbound", Map.of(), token);
        assertThat(mint.status()).as("past the admin check: the body is validated").isEqualTo(400);
        assertThat(mint.body().get("type").asText()).endsWith("/validation-error");
    }

    @Test
    void aTokenOpensTheRoutesOfItsOwnWallet() {
        DevWallet fan = DevWallet.generate();
        Reply funded = auth.post("/simulate/fund-wallet", Map.of("walletAddress", fan.address().value(),
                "amountAlgo", "1"), auth.login(fan));

        assertThat(funded.status()).as(funded.toString()).isEqualTo(200);
    }

    @Test
    void incompleteAnswersAre400NamingTheField() {
        String wallet = DevWallet.generate().address().value();
        String nonce = auth.challenge(wallet).get("nonce").asText();

        assertThat(invalidField(auth.post("/auth/verify", Map.of("walletAddress", wallet, "nonce", nonce), null)))
                .isEqualTo("signature");
        assertThat(invalidField(auth.post("/auth/verify", Map.of("walletAddress", wallet, "nonce", nonce,
                "signature", Base64.getEncoder().encodeToString(new byte[63])), null))).isEqualTo("signature");
        assertThat(invalidField(auth.post("/auth/verify", Map.of("walletAddress", wallet, "signature", "AA=="),
                null))).isEqualTo("nonce");
        assertThat(invalidField(auth.post("/auth/verify", Map.of("walletAddress", wallet, "nonce", nonce,
                "signature", Base64.getEncoder().encodeToString(new byte[64]), "scheme", "rsa"), null)))
                .isEqualTo("scheme");
        assertThat(invalidField(auth.post("/auth/challenge", Map.of(), null))).isEqualTo("walletAddress");
    }

    private static String invalidField(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        return reply.body().get("errors").get(0).get("field").asText();
    }

    private static byte[] seed() {
        byte[] seed = new byte[32];
        new SecureRandom().nextBytes(seed);
        return seed;
    }
}
