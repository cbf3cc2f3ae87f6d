package dev.stickerplatform.adapters.kms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.SignerUnavailableException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the cloud KMS signers ({@link AwsKmsSignerTest}, {@link GcpKmsSignerTest}) must do alike against their
 * {@link FakeKmsServer}: read the public key once, retry throttling, reject a signature that does not verify, refuse
 * to sign once closed. Each double behaves normally again after every test.
 */
abstract class CloudKmsSignerTest extends SignerContractTest {
    /** Retries without the production waits: the behaviour is the same, the test is quick. */
    static final Backoff QUICK = new Backoff(4, Duration.ofMillis(5), Duration.ofMillis(20));

    private static final byte[] MESSAGE = "TX cloud kms".getBytes(StandardCharsets.US_ASCII);
    private final String publicKeyOperation;
    private final String signOperation;

    /** Against a double counting public key reads as {@code publicKeyOperation}, signing as {@code signOperation}. */
    CloudKmsSignerTest(String publicKeyOperation, String signOperation) {
        this.publicKeyOperation = publicKeyOperation;
        this.signOperation = signOperation;
    }

    /** The double the signer talks to. */
    abstract FakeKmsServer<?> kms();

    /** A new signer of the test key, connected and then closed. */
    abstract Signer closedSigner();

    @AfterEach
    void healKms() {
        kms().behaveNormally();
    }

    @Test
    void readsThePublicKeyOnceAtStartUp() {
        long before = kms().count(publicKeyOperation);
        signer().sign(MESSAGE);
        signer().sign(MESSAGE);
        assertThat(kms().count(publicKeyOperation)).isEqualTo(before);
    }

    @Test
    void throttlingIsRetriedWithBackOffUntilItLifts() {
        long before = kms().count(signOperation);
        kms().throttleNext(2);
        assertThat(signer().sign(MESSAGE)).hasSize(64);
        assertThat(kms().count(signOperation) - before).isEqualTo(3);
    }

    @Test
    void aSignatureThatDoesNotVerifyIsRejected() {
        kms().answerSignature(new byte[64]);
        assertThatThrownBy(() -> signer().sign(MESSAGE)).isInstanceOf(SignerUnavailableException.class)
                .hasMessageContaining("does not verify");
    }

    @Test
    void aClosedSignerRefusesToSign() {
        Signer closed = closedSigner();
        assertThatThrownBy(() -> closed.sign(MESSAGE)).isInstanceOf(SignerUnavailableException.class)
                .hasMessageContaining("closed");
    }
}
