package dev.stickerplatform.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class TipEventTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final Address FAN =
            Address.fromPublicKey(HEX.parseHex("cd3443e7b58973438b9832b8e5a7488e09a36236a7ae28bf9088a89d717ea253"));
    // The log TipProxy emits for a 3 ALGO tip with memo "merci ❤️ été" (contract test vector tip_utf8_memo).
    private static final String CONTRACT_LOG = "765f0e1c"
            + "cd3443e7b58973438b9832b8e5a7488e09a36236a7ae28bf9088a89d717ea253" + "00000000002dc6c0" + "002a"
            + "0012" + "6d6572636920e29da4efb88f20c3a974c3a9";
    private static final TipEvent EVENT = new TipEvent(FAN, MicroAlgos.ofAlgo(3), "merci ❤️ été");

    @Test
    void selectorIsTheFirstFourBytesOfTheSignatureHash() {
        byte[] hash = Hashes.sha512_256("Tip(address,uint64,string)".getBytes(StandardCharsets.US_ASCII));
        assertThat(TipEvent.SELECTOR).isEqualTo(Arrays.copyOf(hash, 4)).isEqualTo(HEX.parseHex("765f0e1c"));
    }

    @Test
    void encodesExactlyAsTheContractLogs() {
        assertThat(HEX.formatHex(EVENT.encode())).isEqualTo(CONTRACT_LOG);
    }

    @Test
    void decodesTheContractsLog() {
        assertThat(TipEvent.decode(HEX.parseHex(CONTRACT_LOG))).contains(EVENT);
    }

    @Test
    void roundTripsAnEmptyMemo() {
        TipEvent event = new TipEvent(FAN, MicroAlgos.of(100_000), "");
        assertThat(TipEvent.decode(event.encode())).contains(event);
    }

    @Test
    void roundTripsTheLongestMemoALogCanCarry() {
        TipEvent event = new TipEvent(FAN, MicroAlgos.ofAlgo(1), "m".repeat(TipEvent.MAX_MEMO_BYTES));
        assertThat(event.encode()).hasSize(1024);
        assertThat(TipEvent.decode(event.encode())).contains(event);
    }

    @Test
    void rejectsAMemoLongerThanALogCanCarry() {
        String memo = "m".repeat(TipEvent.MAX_MEMO_BYTES + 1);
        assertThatThrownBy(() -> new TipEvent(FAN, MicroAlgos.ofAlgo(1), memo))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ignoresALogLongerThanTheChainAllows() {
        byte[] log = withMemoBytes(new byte[TipEvent.MAX_MEMO_BYTES + 1]);
        assertThat(TipEvent.decode(log)).isEmpty();
    }

    @Test
    void ignoresAWrongSelector() {
        byte[] log = EVENT.encode();
        log[0] ^= 1;
        assertThat(TipEvent.decode(log)).isEmpty();
    }

    @Test
    void ignoresAWrongStringOffset() {
        byte[] log = EVENT.encode();
        log[45] = 0x2b;
        assertThat(TipEvent.decode(log)).isEmpty();
    }

    @Test
    void ignoresALengthLongerThanTheMemo() {
        byte[] log = EVENT.encode();
        log[47]++;
        assertThat(TipEvent.decode(log)).isEmpty();
    }

    @Test
    void ignoresALengthShorterThanTheMemo() {
        byte[] log = EVENT.encode();
        log[47]--;
        assertThat(TipEvent.decode(log)).isEmpty();
    }

    @Test
    void ignoresALogTooShortForTheHead() {
        assertThat(TipEvent.decode(Arrays.copyOf(EVENT.encode(), 47))).isEmpty();
    }

    @Test
    void ignoresInvalidUtf8() {
        assertThat(TipEvent.decode(withMemoBytes(new byte[] {(byte) 0xff, (byte) 0xfe}))).isEmpty();
    }

    @Test
    void ignoresAnAmountAboveTheLongRange() {
        byte[] log = EVENT.encode();
        log[36] = (byte) 0x80;
        assertThat(TipEvent.decode(log)).isEmpty();
    }

    private static byte[] withMemoBytes(byte[] memo) {
        byte[] head = Arrays.copyOf(new TipEvent(FAN, MicroAlgos.ofAlgo(1), "").encode(), 48);
        head[46] = (byte) (memo.length >> 8);
        head[47] = (byte) memo.length;
        byte[] log = Arrays.copyOf(head, 48 + memo.length);
        System.arraycopy(memo, 0, log, 48, memo.length);
        return log;
    }
}
