package dev.stickerplatform.adapters.kms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.SignerUnavailableException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The {@link Signer} port's contract; every signer's test extends it with a working signer. */
abstract class SignerContractTest {
    private static final byte[] TRANSACTION = "TX\u0089\u00a3fee\u00cd\u0003\u00e8 a transaction to sign"
            .getBytes(StandardCharsets.ISO_8859_1);

    /** A working signer; the same instance may be asked several times. */
    protected abstract Signer signer();

    /** The longest message the signer signs (AWS KMS: 4,096 bytes); by default no limit below 64 KiB. */
    protected int maxMessageBytes() {
        return Integer.MAX_VALUE;
    }

    @Test
    void aSignatureIs64BytesAndVerifiesForTheAddressWithTheJdksEd25519() throws GeneralSecurityException {
        byte[] signature = signer().sign(TRANSACTION);
        assertThat(signature).hasSize(64);
        assertThat(LocalKeySignerTest.verify(signer().authAddress(), TRANSACTION, signature)).isTrue();
    }

    @Test
    void aSignatureDoesNotVerifyForOtherBytes() throws GeneralSecurityException {
        byte[] other = TRANSACTION.clone();
        other[other.length - 1] ^= 1;
        assertThat(LocalKeySignerTest.verify(signer().authAddress(), other, signer().sign(TRANSACTION))).isFalse();
    }

    @Test
    void signsAMessageWithTheMxPrefix() throws GeneralSecurityException {
        byte[] message = "MX{\"domain\":\"stickers.example\"}".getBytes(StandardCharsets.US_ASCII);
        assertThat(LocalKeySignerTest.verify(signer().authAddress(), message, signer().sign(message))).isTrue();
    }

    @Test
    void signsTheLongestMessageItAllowsUpTo64KiB() throws GeneralSecurityException {
        byte[] large = new byte[Math.min(64 * 1024, maxMessageBytes())];
        for (int i = 0; i < large.length; i++) {
            large[i] = (byte) (i * 31);
        }
        assertThat(LocalKeySignerTest.verify(signer().authAddress(), large, signer().sign(large))).isTrue();
    }

    @Test
    void aMessageOverItsLimitIsRefusedAsUnavailableNamingTheLimit() {
        if (maxMessageBytes() == Integer.MAX_VALUE) {
            return; // a signer without a limit has nothing to refuse
        }
        byte[] tooLong = new byte[maxMessageBytes() + 1];
        tooLong[0] = 'T';
        tooLong[1] = 'X';
        assertThatThrownBy(() -> signer().sign(tooLong)).isInstanceOf(SignerUnavailableException.class)
                .hasMessageContaining(String.format(java.util.Locale.ROOT, "%,d", maxMessageBytes()));
    }

    @Test
    void signsForItsOwnAddressUnlessRekeyed() {
        assertThat(signer().authAddress()).isEqualTo(signer().address());
    }

    @Test
    void concurrentCallersAllGetValidSignatures() throws Exception {
        Signer signer = signer();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                byte[] message = ("TX concurrent " + i).getBytes(StandardCharsets.US_ASCII);
                Callable<Boolean> task = () -> LocalKeySignerTest.verify(signer.authAddress(), message,
                        signer.sign(message));
                results.add(pool.submit(task));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
