package dev.stickerplatform.adapters.kms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class AlgorandMnemonicTest {
    private static final byte[] RFC_SEED =
            HexFormat.of().parseHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
    // What the Algorand SDKs (algosdk.mnemonicFromSeed) give for the RFC 8032 test-1 seed.
    private static final String RFC_MNEMONIC = "crisp sheriff solution ten remove object chair enhance future rather"
            + " biology era myth image swap crash coffee scatter buffalo depart day twist advance about unfair";

    @Test
    void theWordListIsTheCanonicalBip39EnglishFile() throws IOException, NoSuchAlgorithmException {
        try (InputStream in = AlgorandMnemonic.class.getResourceAsStream("bip39-english.txt")) {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
            assertThat(HexFormat.of().formatHex(digest))
                    .isEqualTo("2f5eed53a4727b4bf8880d8f3f199efc90e58503646d9ff8eff3a2ed3b24dbda");
        }
    }

    @Test
    void encodesASeedAsTheSdksDo() {
        assertThat(AlgorandMnemonic.fromSeed(RFC_SEED)).isEqualTo(RFC_MNEMONIC);
    }

    @Test
    void decodesTheSdksMnemonic() {
        assertThat(AlgorandMnemonic.toSeed(RFC_MNEMONIC)).isEqualTo(RFC_SEED);
    }

    @Test
    void roundTripsAnySeed() {
        byte[] seed = new byte[32];
        new SecureRandom().nextBytes(seed);
        assertThat(AlgorandMnemonic.toSeed(AlgorandMnemonic.fromSeed(seed))).isEqualTo(seed);
    }

    @Test
    void aSignerFromTheMnemonicHasTheSeedsAddress() {
        assertThat(LocalKeySigner.fromMnemonic(RFC_MNEMONIC).address())
                .isEqualTo(LocalKeySigner.fromSeed(RFC_SEED).address());
    }

    @Test
    void toleratesUpperCaseAndExtraWhitespace() {
        String sloppy = "  " + RFC_MNEMONIC.toUpperCase(java.util.Locale.ROOT).replace(" ", "  \n") + "\n";
        assertThat(AlgorandMnemonic.toSeed(sloppy)).isEqualTo(RFC_SEED);
    }

    @Test
    void rejectsAWrongChecksumWord() {
        String wrong = RFC_MNEMONIC.replaceFirst("unfair$", "abandon");
        assertThatThrownBy(() -> AlgorandMnemonic.toSeed(wrong)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("checksum");
    }

    @Test
    void rejectsAChangedKeyWord() {
        String wrong = RFC_MNEMONIC.replaceFirst("^crisp", "cross");
        assertThatThrownBy(() -> AlgorandMnemonic.toSeed(wrong)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsPaddingBitsInTheLastKeyWord() {
        // Word 24 is "about" (index 3): only its low 3 bits belong to the seed. Index 3 + 8 keeps the seed and
        // its checksum but sets a padding bit.
        String wrong = RFC_MNEMONIC.replace(" about ", " " + AlgorandMnemonic.WORDS.get(3 + 8) + " ");
        assertThatThrownBy(() -> AlgorandMnemonic.toSeed(wrong)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsTwentyFourWords() {
        String short24 = RFC_MNEMONIC.substring(0, RFC_MNEMONIC.lastIndexOf(' '));
        assertThatThrownBy(() -> AlgorandMnemonic.toSeed(short24)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("25 words");
    }

    @Test
    void rejectsAnUnknownWordWithoutEchoingIt() {
        String wrong = RFC_MNEMONIC.replaceFirst("^crisp", "qwertyx");
        assertThatThrownBy(() -> AlgorandMnemonic.toSeed(wrong)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("word 1").hasMessageNotContaining("qwertyx");
    }
}
