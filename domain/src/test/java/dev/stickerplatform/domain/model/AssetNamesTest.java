package dev.stickerplatform.domain.model;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AssetNamesTest {
    @Test
    void keepsAShortNameUnchanged() {
        assertThat(AssetNames.truncate("Gold Star")).isEqualTo("Gold Star");
    }

    @Test
    void keepsAnAsciiNameOfExactly32Bytes() {
        String name = "x".repeat(32);
        assertThat(AssetNames.truncate(name)).isEqualTo(name);
    }

    @Test
    void cutsALongAsciiNameTo32Characters() {
        assertThat(AssetNames.truncate("x".repeat(40))).isEqualTo("x".repeat(32));
    }

    @Test
    void cutsTwoByteCharactersTo32Bytes() {
        assertThat(AssetNames.truncate("é".repeat(20))).isEqualTo("é".repeat(16));
    }

    @Test
    void dropsAThreeByteCharacterThatWouldCrossTheLimit() {
        String truncated = AssetNames.truncate("日".repeat(11));
        assertThat(truncated).isEqualTo("日".repeat(10));
        assertThat(truncated.getBytes(UTF_8)).hasSize(30);
    }

    @Test
    void neverSplitsAnEmojiSurrogatePair() {
        String truncated = AssetNames.truncate("a" + "🎉".repeat(8));
        assertThat(truncated).isEqualTo("a" + "🎉".repeat(7));
        assertThat(truncated.getBytes(UTF_8)).hasSizeLessThanOrEqualTo(AssetNames.MAX_BYTES);
    }

    @Test
    void keepsAnEmptyNameEmpty() {
        assertThat(AssetNames.truncate("")).isEmpty();
    }
}
