package dev.stickerplatform.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MemoTest {
    @Test
    void aUtf8MemoReadsAsItsText() {
        Memo memo = Memo.ofText("merci ❤️ \\ été");

        assertThat(memo.isUtf8()).isTrue();
        assertThat(memo.text()).isEqualTo("merci ❤️ \\ été");
    }

    @Test
    void aMemoThatIsNotUtf8KeepsItsBytesAndShowsTheOthersEscaped() {
        byte[] bytes = {'h', 'i', (byte) 0xC3, (byte) 0xA9, (byte) 0xFF, '\\', (byte) 0xE2, (byte) 0x82};
        Memo memo = Memo.of(bytes);

        assertThat(memo.isUtf8()).isFalse();
        assertThat(memo.bytes()).containsExactly(bytes);
        assertThat(memo.text()).isEqualTo("hié\\xFF\\\\\\xE2\\x82");
        assertThat(memo.base64()).isEqualTo("aGnDqf9c4oI=");
    }

    @Test
    void overlongAndSurrogateEncodingsAreEscaped() {
        assertThat(Memo.of(new byte[] {(byte) 0xC0, (byte) 0x80}).text()).isEqualTo("\\xC0\\x80");
        assertThat(Memo.of(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}).text()).isEqualTo("\\xED\\xA0\\x80");
    }

    @Test
    void equalsByBytes() {
        assertThat(Memo.of(new byte[] {1, 2})).isEqualTo(Memo.of(new byte[] {1, 2})).isNotEqualTo(Memo.EMPTY);
        assertThat(Memo.ofText("")).isSameAs(Memo.EMPTY);
    }

    @Test
    void aMembershipRequestIsReadFromTheBytesEvenWhenTheRestIsNotUtf8() {
        Memo memo = Memo.of(new byte[] {'M', 'E', 'M', 'B', 'E', 'R', 'S', 'H', 'I', 'P', ':', 'G', 'O', 'L', 'D', ' ',
                (byte) 0xFF});

        assertThat(MembershipTier.fromMemo(memo)).contains(MembershipTier.GOLD);
        assertThat(MembershipTier.fromMemo(Memo.of(new byte[] {'M', 'E', 'M', 'B', 'E', 'R', 'S', 'H', 'I', 'P', ':',
                'G', 'O', 'L', 'D', 'E', (byte) 0xFF}))).isEmpty();
    }
}
