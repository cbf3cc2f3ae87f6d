package dev.stickerplatform.adapters.kms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.SignerUnavailableException;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What the cloud KMS signers ({@link AwsKmsSignerTest}, {@link GcpKmsSignerTest}) must do alike against their
 * {@link FakeKmsServer}: read the public key once, retry throttling, reject a signature that does not verify, refuse
 * to sign once closed. Each double behaves normally again after every test. One double, one key in it and one
 * signer of that key serve all the tests of a class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CloudKmsSignerTest<K extends FakeKmsServer<?>, S extends RemoteSigner> extends SignerContractTest {
    /** Retries without the production waits: the behaviour is the same, the test is quick. */
    static final Backoff QUICK = new Backoff(4, Duration.ofMillis(5), Duration.ofMillis(20));

    private static final byte[] MESSAGE = "TX cloud kms".getBytes(StandardCharsets.US_ASCII);
    private final String publicKeyOperation;
    private final String signOperation;
    /** The double, the key the tests sign with (as the double names it), and the signer of that key. */
    K kms;
    String key;
    S signer;

    /** Against a double counting public key reads as {@code publicKeyOperation}, signing as {@code signOperation}. */
    CloudKmsSignerTest(String publicKeyOperation, String signOperation) {
        this.publicKeyOperation = publicKeyOperation;
        this.signOperation = signOperation;
    }

    /** A new, running double. */
    abstract K startKms() throws IOException;

    /** A new Ed25519 key in {@link #kms}. */
    abstract String createKey();

    /** A signer of {@code key} in {@link #kms}, connected with {@link #QUICK} retries. */
    abstract S connect(String key);

    @BeforeAll
    void startKmsAndConnect() throws IOException {
        kms = startKms();
        key = createKey();
        signer = connect(key);
    }

    @AfterAll
    void stopKms() {
        signer.close();
        kms.close();
    }

    @Override
    protected final Signer signer() {
        return signer;
    }

    /** The double the signer talks to. */
    final FakeKmsServer<?> kms() {
        return kms;
    }

    /** A new signer of the test key, connected and then closed. */
    final Signer closedSigner() {
        S closed = connect(key);
        closed.close();
        return closed;
    }

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
