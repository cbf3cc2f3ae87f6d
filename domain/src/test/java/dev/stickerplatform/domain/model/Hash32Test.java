package dev.stickerplatform.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class Hash32Test {
    private static final byte[] DIGEST = Hashes.sha256("{\"name\":\"sticker\"}".getBytes());

    @Test
    void roundTripsItsBytes() {
        assertThat(Hash32.of(DIGEST).bytes()).isEqualTo(DIGEST);
    }

    @Test
    void normalisesHexToLowerCase() {
        assertThat(new Hash32("AB".repeat(32)).hex()).isEqualTo("ab".repeat(32));
    }

    @Test
    void equalsTheSameDigestWrittenInUpperCase() {
        assertThat(new Hash32("AB".repeat(32))).isEqualTo(new Hash32("ab".repeat(32)));
    }

    @Test
    void encodesAsBase64() {
        assertThat(Hash32.of(DIGEST).base64()).isEqualTo(Base64.getEncoder().encodeToString(DIGEST));
    }

    @Test
    void matchesTheBytesItWasMadeFrom() {
        assertThat(Hash32.of(DIGEST).matches(DIGEST.clone())).isTrue();
    }

    @Test
    void doesNotMatchOtherBytes() {
        assertThat(Hash32.of(DIGEST).matches(new byte[32])).isFalse();
    }

    @Test
    void rejectsTheWrongNumberOfHexCharacters() {
        assertThatThrownBy(() -> new Hash32("ab".repeat(31))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsNonHexCharacters() {
        assertThatThrownBy(() -> new Hash32("zz".repeat(32))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsNonAsciiDigits() {
        // Character.digit accepts full-width and other Unicode digits; they are not hex.
        assertThatThrownBy(() -> new Hash32("\uFF10".repeat(64))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsAMissingValue() {
        assertThatThrownBy(() -> new Hash32(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsBytesThatAreNot32Long() {
        assertThatThrownBy(() -> Hash32.of(new byte[33])).isInstanceOf(IllegalArgumentException.class);
    }
}
