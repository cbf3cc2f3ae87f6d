package dev.stickerplatform.adapters.kms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.port.SignerUnavailableException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * {@link GcpKmsSigner} against {@link FakeGcpKms}, a local double of Cloud KMS's REST API, with an access token the
 * real auth library obtained through Application Default Credentials from {@link FakeGoogleAuth}.
 */
class GcpKmsSignerTest extends CloudKmsSignerTest<FakeGcpKms, GcpKmsSigner> {
    private static final byte[] MESSAGE = "TX gcp".getBytes(StandardCharsets.US_ASCII);

    GcpKmsSignerTest() {
        super("publicKey", "asymmetricSign");
    }

    @Override
    FakeGcpKms startKms() throws IOException {
        return new FakeGcpKms();
    }

    @Override
    String createKey() {
        return kms.createEd25519Version("deployer");
    }

    @Override
    GcpKmsSigner connect(String key) {
        return GcpKmsSigner.connect(config(key), QUICK);
    }

    private GcpKmsConfig config(String keyVersion) {
        return new GcpKmsConfig(keyVersion, kms.endpoint(), Duration.ofSeconds(5));
    }

    @Test
    void theAddressIsTheKeyVersionsEd25519PublicKey() {
        assertThat(signer.address()).isEqualTo(Address.fromPublicKey(kms.publicKey(key)));
    }

    @Test
    void signsTheDataFieldWithItsChecksumAndAnAccessTokenFromApplicationDefaultCredentials() {
        signer.sign(MESSAGE);
        FakeGcpKms.Request request = kms.requests().getLast();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.operation()).isEqualTo("asymmetricSign");
        assertThat(request.version()).isEqualTo(key);
        assertThat(request.authorized()).as("a token the auth library got from the token endpoint").isTrue();
        assertThat(request.body().get("data").asText()).isEqualTo(Base64.getEncoder().encodeToString(MESSAGE));
        assertThat(request.body().get("dataCrc32c").asLong()).isEqualTo(GcpKmsSigner.crc32c(MESSAGE));
        assertThat(request.body().has("digest")).isFalse();
    }



    @Test
    void throttlingThatOutlastsTheRetriesIsUnavailableAndSaysSo() {
        kms.throttleNext(10);
        assertThatThrownBy(() -> signer.sign(MESSAGE)).isInstanceOf(SignerUnavailableException.class)
                .hasMessageContaining("HTTP 429 RESOURCE_EXHAUSTED").hasMessageContaining("still throttled");
    }

    @Test
    void aServiceBrieflyUnavailableIsRetried() {
        kms.failNext(1, 503, "UNAVAILABLE");
        assertThat(signer.sign(MESSAGE)).hasSize(64);
    }

    @Test
    void aSignatureCorruptedInTransitIsAskedForAgain() {
        long before = kms.count("asymmetricSign");
        kms.corruptNextChecksums(1);
        assertThat(signer.sign(MESSAGE)).hasSize(64);
        assertThat(kms.count("asymmetricSign") - before).isEqualTo(2);
    }

    @Test
    void aKeyVersionOfAnotherAlgorithmIsRefusedAtStartUp() throws Exception {
        String p256 = kms.createP256Version("p256");
        assertThatThrownBy(() -> GcpKmsSigner.connect(config(p256), QUICK))
                .isInstanceOf(SignerUnavailableException.class).hasMessageContaining("EC_SIGN_P256_SHA256")
                .hasMessageContaining("EC_SIGN_ED25519");
    }

    @Test
    void aDisabledKeyVersionIsUnavailableAtOnceWithoutRetries() {
        String disabledVersion = kms.createEd25519Version("disabled");
        try (GcpKmsSigner disabled = GcpKmsSigner.connect(config(disabledVersion), QUICK)) {
            kms.disable(disabledVersion);
            long before = kms.count("asymmetricSign");
            assertThatThrownBy(() -> disabled.sign(MESSAGE)).isInstanceOf(SignerUnavailableException.class)
                    .hasMessageContaining("HTTP 400 FAILED_PRECONDITION").hasMessageContaining("not enabled");
            assertThat(kms.count("asymmetricSign") - before).isEqualTo(1);
        }
    }

    @Test
    void aDisabledKeyVersionIsRefusedAtStartUp() {
        String disabledVersion = kms.createEd25519Version("disabled-at-start");
        kms.disable(disabledVersion);
        assertThatThrownBy(() -> GcpKmsSigner.connect(config(disabledVersion), QUICK))
                .isInstanceOf(SignerUnavailableException.class).hasMessageContaining("FAILED_PRECONDITION");
    }

    @Test
    void aMessageCloudKmsRefusesIsUnavailableWithItsStatus() {
        kms.failNext(1, 400, "INVALID_ARGUMENT");
        assertThatThrownBy(() -> signer.sign(new byte[70 * 1024])).isInstanceOf(SignerUnavailableException.class)
                .hasMessageContaining("HTTP 400 INVALID_ARGUMENT");
    }

    @Test
    void anUnknownKeyVersionIsRefusedAtStartUp() {
        assertThatThrownBy(() -> GcpKmsSigner.connect(config(key.replace("deployer", "nobody")), QUICK))
                .isInstanceOf(SignerUnavailableException.class).hasMessageContaining("HTTP 404 NOT_FOUND");
    }


    @Test
    void anUnreachableKmsIsUnavailableAfterTheRetries() {
        GcpKmsConfig nowhere = new GcpKmsConfig(key, URI.create("http://127.0.0.1:1"), Duration.ofSeconds(2));
        assertThatThrownBy(() -> GcpKmsSigner.connect(nowhere, QUICK)).isInstanceOf(SignerUnavailableException.class)
                .hasMessageContaining("cannot reach");
    }


    @Test
    void aKeyVersionMustBeAFullVersionResourceName() {
        assertThatThrownBy(() -> GcpKmsConfig.of("projects/p/locations/l/keyRings/r/cryptoKeys/k"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cryptoKeyVersions/<number>");
    }

    @Test
    void refusesAPlainTextEndpointToAnotherHost() {
        assertThatThrownBy(() -> new GcpKmsConfig(key, URI.create("http://kms.example.com"),
                Duration.ofSeconds(5))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("https");
    }
}
