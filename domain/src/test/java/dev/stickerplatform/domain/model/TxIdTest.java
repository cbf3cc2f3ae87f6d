package dev.stickerplatform.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TxIdTest {
    private static final byte[] HASH = Hashes.sha512_256("a transaction".getBytes());

    @Test
    void isTheBase32OfA32ByteHash() {
        assertThat(TxId.fromHash(HASH).value()).hasSize(52).matches("[A-Z2-7]{52}");
    }

    @Test
    void parsesItsOwnText() {
        TxId id = TxId.fromHash(HASH);
        assertThat(TxId.of(id.value())).isEqualTo(id);
    }

    @Test
    void rejectsTheWrongLength() {
        String text = TxId.fromHash(HASH).value();
        assertThatThrownBy(() -> TxId.of(text + "A")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsAMissingValue() {
        assertThatThrownBy(() -> TxId.of(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsCharactersOutsideTheBase32Alphabet() {
        assertThatThrownBy(() -> TxId.of("0".repeat(52))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("base32");
    }

    @Test
    void rejectsNonZeroTrailingBits() {
        // 52 characters carry 260 bits; the last 4 must be zero ("B" sets one of them).
        assertThatThrownBy(() -> TxId.of("A".repeat(51) + "B")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsAHashThatIsNot32Bytes() {
        assertThatThrownBy(() -> TxId.fromHash(new byte[31])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void printsAsItsValue() {
        TxId id = TxId.fromHash(HASH);
        assertThat(id).hasToString(id.value());
    }
}
