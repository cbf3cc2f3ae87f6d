package dev.stickerplatform.adapters.kms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.port.SignerUnavailableException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * {@link AwsKmsSigner} through the real AWS SDK against {@link FakeAwsKms}, a local double of KMS's JSON 1.1 API
 * that checks every request's SigV4 signature against the credentials the SDK's default chain found in the
 * environment.
 */
class AwsKmsSignerTest extends CloudKmsSignerTest<FakeAwsKms, AwsKmsSigner> {
    private static final byte[] MESSAGE = "TX aws".getBytes(StandardCharsets.US_ASCII);

    AwsKmsSignerTest() {
        super("GetPublicKey", "Sign");
    }

    @Override
    FakeAwsKms startKms() throws IOException {
        return new FakeAwsKms();
    }

    @Override
    String createKey() {
        return kms.createEd25519Key();
    }

    @Override
    AwsKmsSigner connect(String key) {
        return AwsKmsSigner.connect(config(key), QUICK);
    }

    @Override
    protected int maxMessageBytes() {
        return AwsKmsSigner.MAX_MESSAGE_BYTES;
    }

    private AwsKmsConfig config(String key) {
        return new AwsKmsConfig(key, FakeAwsKms.REGION, kms.endpoint(), Duration.ofSeconds(5));
    }

    @Test
    void theAddressIsTheKmsKeysEd25519PublicKey() {
        assertThat(signer.address()).isEqualTo(Address.fromPublicKey(kms.publicKey(key)));
    }

    @Test
    void signsThePureEd25519OfTheRawBytesWithTheKeysArnInASigV4SignedJsonRequest() {
        signer.sign(MESSAGE);
        FakeAwsKms.Request request = kms.requests().getLast();
        assertThat(request.target()).isEqualTo("TrentService.Sign");
        assertThat(request.accessKey()).as("signed with the environment's access key").isEqualTo(
                System.getenv("AWS_ACCESS_KEY_ID"));
        assertThat(request.region()).isEqualTo(FakeAwsKms.REGION);
        assertThat(request.body().get("KeyId").asText()).isEqualTo(kms.arn(key));
        assertThat(request.body().get("MessageType").asText()).isEqualTo("RAW");
        assertThat(request.body().get("SigningAlgorithm").asText()).isEqualTo("ED25519_SHA_512");
    }


    @Test
    void aKeyNamedByAliasIsPinnedToTheKeyItNamedAtStartUp() {
        String first = kms.createEd25519Key();
        kms.alias("alias/sticker-minter", first);
        try (AwsKmsSigner aliased = AwsKmsSigner.connect(config("alias/sticker-minter"), QUICK)) {
            kms.alias("alias/sticker-minter", kms.createEd25519Key());
            aliased.sign(MESSAGE);
            assertThat(kms.requests().getLast().body().get("KeyId").asText()).isEqualTo(kms.arn(first));
        }
    }


    @Test
    void throttlingThatOutlastsTheRetriesIsUnavailableAndSaysSo() {
        long before = kms.count("Sign");
        kms.throttleNext(10);
        assertThatThrownBy(() -> signer.sign(MESSAGE)).isInstanceOf(SignerUnavailableException.class)
                .hasMessageContaining("ThrottlingException").hasMessageContaining("still throttled");
        assertThat(kms.count("Sign") - before).isEqualTo(QUICK.attempts());
    }

    @Test
    void aTransientServerErrorIsRetried() {
        kms.failNext(1, 500, "KMSInternalException");
        assertThat(signer.sign(MESSAGE)).hasSize(64);
    }

    @Test
    void aKeyOfAnotherSpecIsRefusedAtStartUp() throws Exception {
        String p256 = kms.createP256Key();
        assertThatThrownBy(() -> AwsKmsSigner.connect(config(p256), QUICK))
                .isInstanceOf(SignerUnavailableException.class).hasMessageContaining("ECC_NIST_P256")
                .hasMessageContaining("ECC_NIST_EDWARDS25519");
    }

    @Test
    void aDisabledKeyIsUnavailableAtOnceWithoutRetries() {
        String key = kms.createEd25519Key();
        try (AwsKmsSigner disabled = AwsKmsSigner.connect(config(key), QUICK)) {
            kms.disable(key);
            long before = kms.count("Sign");
            assertThatThrownBy(() -> disabled.sign(MESSAGE)).isInstanceOf(SignerUnavailableException.class)
                    .hasMessageContaining("DisabledException").hasMessageContaining("the key is disabled");
            assertThat(kms.count("Sign") - before).isEqualTo(1);
        }
    }

    @Test
    void anOversizedMessageIsRefusedBeforeAnyCall() {
        long before = kms.requests().size();
        byte[] tooLong = new byte[AwsKmsSigner.MAX_MESSAGE_BYTES + 1];
        assertThatThrownBy(() -> signer.sign(tooLong)).isInstanceOf(SignerUnavailableException.class)
                .hasMessageContaining("at most 4,096 bytes").hasMessageContaining("4,097");
        assertThat(kms.requests()).hasSize((int) before);
    }

    @Test
    void anUnknownKeyIsRefusedAtStartUp() {
        assertThatThrownBy(() -> AwsKmsSigner.connect(config("1234abcd-12ab-34cd-56ef-1234567890ab"), QUICK))
                .isInstanceOf(SignerUnavailableException.class).hasMessageContaining("NotFoundException");
    }


    @Test
    void anUnreachableKmsIsUnavailableAfterTheRetries() {
        AwsKmsConfig nowhere = new AwsKmsConfig(key, FakeAwsKms.REGION, URI.create("http://127.0.0.1:1"),
                Duration.ofSeconds(2));
        assertThatThrownBy(() -> AwsKmsSigner.connect(nowhere, QUICK)).isInstanceOf(SignerUnavailableException.class)
                .hasMessageContaining("GetPublicKey");
    }


    @Test
    void theRegionComesFromTheKeyArnAndMustAgreeWithAGivenOne() {
        String arn = "arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
        assertThat(AwsKmsConfig.of(arn, null).region()).isEqualTo("us-east-2");
        assertThatThrownBy(() -> AwsKmsConfig.of(arn, "eu-west-1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not the region of the key ARN");
        assertThatThrownBy(() -> AwsKmsConfig.of("1234abcd-12ab-34cd-56ef-1234567890ab", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("region is required");
    }

    @Test
    void refusesAPlainTextEndpointToAnotherHost() {
        assertThatThrownBy(() -> new AwsKmsConfig(key, FakeAwsKms.REGION, URI.create("http://kms.example.com"),
                Duration.ofSeconds(5))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("https");
    }

    @Test
    void errorsNeverShowTheSecretAccessKey() {
        String secret = System.getenv("AWS_SECRET_ACCESS_KEY");
        kms.throttleNext(10);
        assertThatThrownBy(() -> signer.sign(MESSAGE)).hasMessageNotContaining(secret);
    }
}
