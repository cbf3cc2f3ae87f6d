package dev.stickerplatform.bootstrap.auth;

import static dev.stickerplatform.bootstrap.auth.AuthPlatform.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import com.algorand.algosdk.account.Account;
import com.fasterxml.jackson.databind.JsonNode;
import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.bootstrap.auth.AuthPlatform.Reply;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every way of answering a challenge without controlling the wallet fails with 401, through HTTP: another key,
 * a signature over another message, a nonce used twice, expired, or issued to another wallet, and a rekeyed
 * account's old key. A refused answer still uses the nonce up.
 */
class SignInAttacksTest {
    AuthPlatform auth;
    DevWallet fan;
    String wallet;

    @BeforeEach
    void start() {
        auth = AuthPlatform.start();
        fan = DevWallet.generate();
        wallet = fan.address().value();
    }

    @AfterEach
    void stop() {
        auth.close();
    }

    @Test
    void aSignatureByAnotherKeyIsRefused() {
        JsonNode challenge = auth.challenge(wallet);

        Reply reply = auth.verify(wallet, nonce(challenge), DevWallet.generate().signData(message(challenge)));

        assertRefused(reply, "not valid for the wallet's current signing key");
    }

    @Test
    void aSignatureOverAnotherMessageIsRefused() {
        JsonNode challenge = auth.challenge(wallet);
        JsonNode other = auth.challenge(wallet);

        assertRefused(auth.verify(wallet, nonce(challenge), fan.signData(message(other))), "not valid");
        assertRefused(auth.verify(wallet, nonce(other), fan.signData(utf8(message(other) + " "))), "not valid");
    }

    @Test
    void aRawEd25519SignatureWithoutTheMxPrefixIsRefused() throws Exception {
        byte[] seed = new byte[32];
        new java.security.SecureRandom().nextBytes(seed);
        Account account = new Account(seed);
        JsonNode challenge = auth.challenge(account.getAddress().toString());
        var signer = java.security.Signature.getInstance("Ed25519");
        signer.initSign(Tokens.privateKey(seed));
        signer.update(message(challenge));

        assertRefused(auth.verify(account.getAddress().toString(), nonce(challenge), signer.sign()), "not valid");
    }

    @Test
    void aNonceAnswersOnlyOnce() {
        JsonNode challenge = auth.challenge(wallet);
        byte[] signature = fan.signData(message(challenge));
        assertThat(auth.verify(wallet, nonce(challenge), signature).status()).isEqualTo(200);

        assertRefused(auth.verify(wallet, nonce(challenge), signature), "already answered");
    }

    @Test
    void aRefusedAnswerUsesTheNonceUp() {
        JsonNode challenge = auth.challenge(wallet);
        assertRefused(auth.verify(wallet, nonce(challenge), DevWallet.generate().signData(message(challenge))),
                "not valid");

        assertRefused(auth.verify(wallet, nonce(challenge), fan.signData(message(challenge))), "already answered");
    }

    @Test
    void anExpiredNonceIsRefused() {
        JsonNode challenge = auth.challenge(wallet);
        byte[] signature = fan.signData(message(challenge));

        auth.clock.advance(Duration.ofMinutes(5));

        assertRefused(auth.verify(wallet, nonce(challenge), signature), "expired");
    }

    @Test
    void aNonceIsStillGoodJustBeforeItExpires() {
        JsonNode challenge = auth.challenge(wallet);
        auth.clock.advance(Duration.ofMinutes(5).minusSeconds(1));

        assertThat(auth.verify(wallet, nonce(challenge), fan.signData(message(challenge))).status()).isEqualTo(200);
    }

    @Test
    void theNonceOfAnotherWalletIsRefused() {
        DevWallet attacker = DevWallet.generate();
        JsonNode victims = auth.challenge(wallet);

        Reply reply = auth.verify(attacker.address().value(), nonce(victims), attacker.signData(message(victims)));

        assertRefused(reply, "issued to another wallet");
    }

    @Test
    void aRekeyedAccountMustSignWithItsNewKey() throws Exception {
        DevWallet newKey = DevWallet.generate();
        auth.rekey(fan, newKey.address());

        JsonNode challenge = auth.challenge(wallet);
        assertRefused(auth.verify(wallet, nonce(challenge), fan.signData(message(challenge))), "not valid");

        JsonNode again = auth.challenge(wallet);
        Reply reply = auth.verify(wallet, nonce(again), newKey.signData(message(again)));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(Tokens.claims(reply.body().get("accessToken").asText()).get("sub").asText()).isEqualTo(wallet);
    }

    @Test
    void refusedSignInsAreCountedByReason() {
        JsonNode challenge = auth.challenge(wallet);
        auth.verify(wallet, nonce(challenge), DevWallet.generate().signData(message(challenge)));
        auth.verify(wallet, nonce(challenge), fan.signData(message(challenge)));

        assertThat(auth.platform.metrics().scrape())
                .contains("auth_failures_total{reason=\"bad_signature\"} 1")
                .contains("auth_failures_total{reason=\"unknown_challenge\"} 1");
    }

    private static void assertRefused(Reply reply, String why) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
        assertThat(reply.body().get("type").asText()).isEqualTo(AuthPlatform.PROBLEMS + "unauthenticated");
        assertThat(reply.detail()).contains(why);
        assertThat(reply.body().has("accessToken")).isFalse();
        assertThat(List.of(reply.raw().body())).noneMatch(body -> body.contains("Exception"));
    }

    private static String nonce(JsonNode challenge) {
        return challenge.get("nonce").asText();
    }

    private static byte[] message(JsonNode challenge) {
        return utf8(challenge.get("message").asText());
    }
}
