package dev.stickerplatform.adapters.kms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.port.Signer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

/** Two keys for one account, signing with the one last chosen. */
class SwitchingKeySignerTest {
    private static final byte[] TRANSACTION = "TX switching".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final LocalKeySigner currentKey = LocalKeySigner.generate(RANDOM);
    private final LocalKeySigner nextKey = LocalKeySigner.generate(RANDOM);
    private final Signer next = RekeyedSigner.of(currentKey.address(), nextKey);
    private final SwitchingKeySigner signer = new SwitchingKeySigner(currentKey, next);

    @Test
    void itActsForOneAccountAndSignsWithTheCurrentKeyFirst() throws Exception {
        assertThat(signer.address()).isEqualTo(currentKey.address());
        assertThat(signer.keys()).containsExactly(currentKey.address(), nextKey.address());
        assertThat(signer.authAddress()).isEqualTo(currentKey.address());
        assertThat(LocalKeySignerTest.verify(currentKey.address(), TRANSACTION, signer.sign(TRANSACTION))).isTrue();
    }

    @Test
    void afterSwitchingItSignsWithTheNextKeyForTheSameAccount() throws Exception {
        assertThat(signer.use(nextKey.address())).isTrue();

        assertThat(signer.address()).isEqualTo(currentKey.address());
        assertThat(signer.authAddress()).isEqualTo(nextKey.address());
        assertThat(LocalKeySignerTest.verify(nextKey.address(), TRANSACTION, signer.sign(TRANSACTION))).isTrue();
        assertThat(signer.use(currentKey.address())).isTrue();
        assertThat(signer.authAddress()).isEqualTo(currentKey.address());
    }

    @Test
    void aKeyItDoesNotHoldChangesNothing() {
        Address stranger = LocalKeySigner.generate(RANDOM).address();

        assertThat(signer.use(stranger)).isFalse();
        assertThat(signer.authAddress()).isEqualTo(currentKey.address());
    }

    @Test
    void bothKeysMustActForTheSameAccount() {
        assertThatThrownBy(() -> new SwitchingKeySigner(currentKey, nextKey))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one account");
    }

    @Test
    void theNextKeyMustDifferFromTheCurrentOne() {
        assertThatThrownBy(() -> new SwitchingKeySigner(currentKey, currentKey))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("current key");
    }
}
