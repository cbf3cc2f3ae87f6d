package dev.stickerplatform.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class AddressTest {
    // RFC 8032 test 1 public key; its Algorand address is a widely published test value.
    private static final byte[] RFC8032_KEY =
            HexFormat.of().parseHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
    private static final String RFC8032_ADDRESS = "25NJQAMCWEFLPVKL73J4SZAHHIHOC4XT3KTCGJNPAINGR5YHKENMEF5QTE";

    @Test
    void encodesAPublicKeyAsTheKnownAlgorandAddress() {
        assertThat(Address.fromPublicKey(RFC8032_KEY).value()).isEqualTo(RFC8032_ADDRESS);
    }

    @Test
    void isFiftyEightCharactersLong() {
        assertThat(Address.fromPublicKey(RFC8032_KEY).value()).hasSize(Address.LENGTH).hasSize(58);
    }

    @Test
    void givesBackThePublicKeyItWasMadeFrom() {
        assertThat(new Address(RFC8032_ADDRESS).publicKey()).isEqualTo(RFC8032_KEY);
    }

    @Test
    void zeroIsTheAllZeroKeyAddress() {
        assertThat(Address.ZERO.value()).isEqualTo("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAY5HFKQ");
    }

    @Test
    void rejectsAnEmptyAddress() {
        assertThatThrownBy(() -> new Address("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("required");
    }

    @Test
    void rejectsAMissingAddress() {
        assertThatThrownBy(() -> new Address(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsAnAddressOfTheWrongLength() {
        assertThatThrownBy(() -> new Address(RFC8032_ADDRESS.substring(1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("58").hasMessageContaining("57");
    }

    @Test
    void rejectsCharactersOutsideTheBase32Alphabet() {
        String withDigitOne = "1" + RFC8032_ADDRESS.substring(1);
        assertThatThrownBy(() -> new Address(withDigitOne)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("base32");
    }

    @Test
    void rejectsALowerCaseAddress() {
        assertThatThrownBy(() -> new Address(RFC8032_ADDRESS.toLowerCase(java.util.Locale.ROOT)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsAnAddressWithOneCharacterChanged() {
        char[] chars = RFC8032_ADDRESS.toCharArray();
        chars[10] = chars[10] == 'A' ? 'B' : 'A';
        assertThatThrownBy(() -> new Address(new String(chars))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("checksum");
    }

    @Test
    void rejectsAPublicKeyThatIsNot32Bytes() {
        assertThatThrownBy(() -> Address.fromPublicKey(new byte[31])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shortFormShowsOnlyTheFirstEightCharacters() {
        assertThat(new Address(RFC8032_ADDRESS).shortForm()).isEqualTo("25NJQAMC...");
    }

    @Test
    void equalsAnotherAddressWithTheSameValue() {
        assertThat(Address.fromPublicKey(RFC8032_KEY)).isEqualTo(new Address(RFC8032_ADDRESS));
    }
}
