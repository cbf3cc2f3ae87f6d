package dev.stickerplatform.adapters.kms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.SignerUnavailableException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link VaultTransitSigner} against {@link FakeVault}, a local double of Vault's Transit HTTP API. */
class VaultTransitSignerTest extends SignerContractTest {
    private static final byte[] MESSAGE = "TX vault".getBytes(StandardCharsets.US_ASCII);
    private static FakeVault vault;
    private static byte[] deployerKey;
    private static VaultTransitSigner signer;

    @BeforeAll
    static void startVault() throws IOException {
        vault = new FakeVault();
        deployerKey = vault.rotate("deployer");
        signer = VaultTransitSigner.connect(config("deployer", FakeVault.TOKEN, 0, Duration.ofSeconds(5)));
    }

    @AfterAll
    static void stopVault() {
        signer.close();
        vault.close();
    }

    @AfterEach
    void healVault() {
        vault.behaveNormally();
    }

    @Override
    protected Signer signer() {
        return signer;
    }

    private static VaultTransitConfig config(String key, String token, int version, Duration timeout) {
        return new VaultTransitConfig(vault.address(), Secret.of(token), "transit", key, version, null, timeout);
    }

    @Test
    void theAddressIsTheVaultKeysPublicKey() {
        assertThat(signer.address()).isEqualTo(Address.fromPublicKey(deployerKey));
    }

    @Test
    void signsByPostingTheBase64InputWithThePinnedKeyVersionAndToken() {
        signer.sign(MESSAGE);
        FakeVault.Request request = vault.requests().getLast();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v1/transit/sign/deployer");
        assertThat(request.token()).isEqualTo(FakeVault.TOKEN);
        assertThat(request.body().get("input").asText()).isEqualTo(Base64.getEncoder().encodeToString(MESSAGE));
        assertThat(request.body().get("key_version").asInt()).isEqualTo(1);
    }

    @Test
    void keepsSigningWithTheStartUpVersionAfterARotationInVault() throws Exception {
        vault.rotate("rotating");
        try (VaultTransitSigner pinned = VaultTransitSigner.connect(config("rotating", FakeVault.TOKEN, 0,
                Duration.ofSeconds(5)))) {
            vault.rotate("rotating");
            assertThat(LocalKeySignerTest.verify(pinned.address(), MESSAGE, pinned.sign(MESSAGE))).isTrue();
            assertThat(vault.requests().getLast().body().get("key_version").asInt()).isEqualTo(1);
        }
    }

    @Test
    void signsWithAConfiguredOlderVersion() throws Exception {
        byte[] first = vault.rotate("versioned");
        vault.rotate("versioned");
        try (VaultTransitSigner old = VaultTransitSigner.connect(config("versioned", FakeVault.TOKEN, 1,
                Duration.ofSeconds(5)))) {
            assertThat(old.address()).isEqualTo(Address.fromPublicKey(first));
            assertThat(LocalKeySignerTest.verify(old.address(), MESSAGE, old.sign(MESSAGE))).isTrue();
        }
    }

    @Test
    void sendsTheNamespaceWhenConfigured() {
        VaultTransitConfig config = new VaultTransitConfig(vault.address(), Secret.of(FakeVault.TOKEN), "transit",
                "deployer", 0, "admin/platform", Duration.ofSeconds(5));
        try (VaultTransitSigner namespaced = VaultTransitSigner.connect(config)) {
            namespaced.sign(MESSAGE);
            assertThat(vault.requests().getLast().namespace()).isEqualTo("admin/platform");
        }
    }

    @Test
    void aWrongTokenIsRefusedWith403AndNeverEchoed() {
        assertThatThrownBy(() -> VaultTransitSigner.connect(config("deployer", "hvs.wrong-secret-token", 0,
                Duration.ofSeconds(5))))
                .isInstanceOf(SignerUnavailableException.class).hasMessageContaining("HTTP 403")
                .hasMessageNotContaining("hvs.wrong-secret-token");
    }

    @Test
    void anUnknownKeyIsRefusedWith404() {
        assertThatThrownBy(() -> VaultTransitSigner.connect(config("nobody", FakeVault.TOKEN, 0,
                Duration.ofSeconds(5))))
                .isInstanceOf(SignerUnavailableException.class).hasMessageContaining("HTTP 404")
                .hasMessageContaining("transit/nobody");
    }

    @Test
    void aKeyThatIsNotEd25519IsRefused() {
        vault.addKeyOfType("rsa", "rsa-2048");
        assertThatThrownBy(() -> VaultTransitSigner.connect(config("rsa", FakeVault.TOKEN, 0, Duration.ofSeconds(5))))
                .isInstanceOf(SignerUnavailableException.class).hasMessageContaining("not of type ed25519");
    }

    @Test
    void aServerErrorWhileSigningIsUnavailableAndShowsNoBodyOrToken() {
        vault.answerEveryRequestWith(503);
        assertThatThrownBy(() -> signer.sign(MESSAGE)).isInstanceOf(SignerUnavailableException.class)
                .hasMessageContaining("HTTP 503").hasMessageNotContaining("internal error")
                .hasMessageNotContaining(FakeVault.TOKEN);
    }

    @Test
    void aHangingVaultTimesOut() {
        try (VaultTransitSigner impatient = VaultTransitSigner.connect(config("deployer", FakeVault.TOKEN, 0,
                Duration.ofMillis(300)))) {
            vault.holdAnswers();
            assertThatThrownBy(() -> impatient.sign(MESSAGE)).isInstanceOf(SignerUnavailableException.class)
                    .hasMessageContaining("timed out after 300 ms");
        }
    }

    @Test
    void anUnreachableVaultIsUnavailable() {
        VaultTransitConfig config = new VaultTransitConfig(URI.create("http://127.0.0.1:1"),
                Secret.of(FakeVault.TOKEN), "transit", "deployer", 0, null, Duration.ofSeconds(2));
        assertThatThrownBy(() -> VaultTransitSigner.connect(config)).isInstanceOf(SignerUnavailableException.class)
                .hasMessageContaining("cannot reach");
    }

    @Test
    void aSignatureThatDoesNotVerifyIsRejected() {
        vault.answerSignature("vault:v1:" + Base64.getEncoder().encodeToString(new byte[64]));
        assertThatThrownBy(() -> signer.sign(MESSAGE)).isInstanceOf(SignerUnavailableException.class)
                .hasMessageContaining("does not verify");
    }

    @Test
    void aSignatureOfAnotherKeyVersionIsRejected() {
        vault.answerSignature("vault:v2:" + Base64.getEncoder().encodeToString(new byte[64]));
        assertThatThrownBy(() -> signer.sign(MESSAGE)).isInstanceOf(SignerUnavailableException.class)
                .hasMessageContaining("another key version");
    }

    @Test
    void aClosedSignerRefusesToSign() {
        VaultTransitSigner closed = VaultTransitSigner.connect(config("deployer", FakeVault.TOKEN, 0,
                Duration.ofSeconds(5)));
        closed.close();
        assertThatThrownBy(() -> closed.sign(MESSAGE)).isInstanceOf(SignerUnavailableException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void toStringShowsNoToken() {
        assertThat(signer.toString()).contains("transit/deployer:v1").doesNotContain(FakeVault.TOKEN);
        assertThat(config("deployer", FakeVault.TOKEN, 0, Duration.ofSeconds(5)).toString())
                .doesNotContain(FakeVault.TOKEN);
    }

    @Test
    void refusesToSendTheTokenInClearTextToAnotherHost() {
        assertThatThrownBy(() -> VaultTransitConfig.of(URI.create("http://vault.example.com:8200"),
                Secret.of(FakeVault.TOKEN), "deployer")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("https");
    }
}
