package dev.stickerplatform.adapters.kms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.SignerUnavailableException;
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

    /** What the signers sign here. */
    abstract byte[] message();

    /** The double the signer talks to. */
    abstract FakeKmsServer<?> kms();

    /** A new signer of the test key, connected and then closed. */
    abstract Signer closedSigner();

    /** How many public key reads the double received. */
    abstract long publicKeyRequests();

    /** How many sign requests the double received. */
    abstract long signRequests();

    @AfterEach
    void healKms() {
        kms().behaveNormally();
    }

    @Test
    void readsThePublicKeyOnceAtStartUp() {
        long before = publicKeyRequests();
        signer().sign(message());
        signer().sign(message());
        assertThat(publicKeyRequests()).isEqualTo(before);
    }

    @Test
    void throttlingIsRetriedWithBackOffUntilItLifts() {
        long before = signRequests();
        kms().throttleNext(2);
        assertThat(signer().sign(message())).hasSize(64);
        assertThat(signRequests() - before).isEqualTo(3);
    }

    @Test
    void aSignatureThatDoesNotVerifyIsRejected() {
        kms().answerSignature(new byte[64]);
        assertThatThrownBy(() -> signer().sign(message())).isInstanceOf(SignerUnavailableException.class)
                .hasMessageContaining("does not verify");
    }

    @Test
    void aClosedSignerRefusesToSign() {
        Signer closed = closedSigner();
        assertThatThrownBy(() -> closed.sign(message())).isInstanceOf(SignerUnavailableException.class)
                .hasMessageContaining("closed");
    }
}
