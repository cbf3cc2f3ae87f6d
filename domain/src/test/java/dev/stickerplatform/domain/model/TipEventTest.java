package dev.stickerplatform.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.domain.model.TipEvent.Layout;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TipEventTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final Address FAN =
            Address.fromPublicKey(HEX.parseHex("cd3443e7b58973438b9832b8e5a7488e09a36236a7ae28bf9088a89d717ea253"));
    private static final String MEMO = "merci ❤️ été";
    // The log TipProxy version 2 emits for a 3 ALGO tip, fee 0.15 ALGO, memo "merci ❤️ été" (vector tip_utf8_memo).
    private static final String CONTRACT_LOG = "95e3513f"
            + "cd3443e7b58973438b9832b8e5a7488e09a36236a7ae28bf9088a89d717ea253" + "00000000002dc6c0"
            + "00000000000249f0" + "0032" + "0012" + "6d6572636920e29da4efb88f20c3a974c3a9";
    private static final TipEvent EVENT = TipEvent.withFee(FAN, MicroAlgos.ofAlgo(3), MicroAlgos.of(150_000), MEMO);
    // The same tip as version 1 logged it (no fee; frozen vector v1/tip_utf8_memo).
    private static final String VERSION_1_LOG = "765f0e1c"
            + "cd3443e7b58973438b9832b8e5a7488e09a36236a7ae28bf9088a89d717ea253" + "00000000002dc6c0" + "002a"
            + "0012" + "6d6572636920e29da4efb88f20c3a974c3a9";
    private static final TipEvent VERSION_1_EVENT = TipEvent.version1(FAN, MicroAlgos.ofAlgo(3), MEMO);

    @Test
    void selectorsAreTheFirstFourBytesOfTheSignatureHashes() {
        assertThat(Layout.TIP_WITH_FEE.selector()).isEqualTo(selectorOf("TipWithFee(address,uint64,uint64,string)"))
                .isEqualTo(HEX.parseHex("95e3513f"));
        assertThat(Layout.TIP.selector()).isEqualTo(selectorOf("Tip(address,uint64,string)"))
                .isEqualTo(HEX.parseHex("765f0e1c"));
    }

    @Test
    void encodesExactlyAsTheContractLogs() {
        assertThat(HEX.formatHex(EVENT.encode())).isEqualTo(CONTRACT_LOG);
        assertThat(HEX.formatHex(VERSION_1_EVENT.encode())).isEqualTo(VERSION_1_LOG);
    }

    @Test
    void decodesTheLogsOfBothVersions() {
        assertThat(TipEvent.decode(HEX.parseHex(CONTRACT_LOG))).contains(EVENT);
        assertThat(TipEvent.decode(HEX.parseHex(VERSION_1_LOG))).contains(VERSION_1_EVENT);
    }

    @Test
    void theCreatorsShareIsTheAmountWithoutTheFee() {
        assertThat(EVENT.creatorShare()).isEqualTo(MicroAlgos.of(2_850_000));
        assertThat(VERSION_1_EVENT.creatorShare()).isEqualTo(MicroAlgos.ofAlgo(3));
    }

    @Test
    void memoLimitsFollowFromTheLogCap() {
        assertThat(Layout.TIP.maxMemoBytes()).isEqualTo(976);
        assertThat(Layout.TIP_WITH_FEE.maxMemoBytes()).isEqualTo(968);
    }

    @Test
    void aVersion1EventHasNoFee() {
        assertThatThrownBy(() -> new TipEvent(Layout.TIP, FAN, MicroAlgos.ofAlgo(1), MicroAlgos.of(1), Memo.EMPTY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ignoresAFeeAboveTheAmount() {
        byte[] log = EVENT.encode();
        log[44] = 0x7f;
        assertThat(TipEvent.decode(log)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void roundTripsAnEmptyMemo(Layout layout) {
        TipEvent event = event(layout, "");
        assertThat(TipEvent.decode(event.encode())).contains(event);
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void roundTripsTheLongestMemoALogCanCarry(Layout layout) {
        TipEvent event = event(layout, "m".repeat(layout.maxMemoBytes()));
        assertThat(event.encode()).hasSize(1024);
        assertThat(TipEvent.decode(event.encode())).contains(event);
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void rejectsAMemoLongerThanALogCanCarry(Layout layout) {
        assertThatThrownBy(() -> event(layout, "m".repeat(layout.maxMemoBytes() + 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void ignoresALogLongerThanTheChainAllows(Layout layout) {
        assertThat(TipEvent.decode(withMemoBytes(layout, new byte[layout.maxMemoBytes() + 1]))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void ignoresAWrongSelector(Layout layout) {
        byte[] log = event(layout, "hi").encode();
        log[0] ^= 1;
        assertThat(TipEvent.decode(log)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void ignoresAWrongStringOffset(Layout layout) {
        byte[] log = event(layout, "hi").encode();
        log[head(layout) - 1]++;
        assertThat(TipEvent.decode(log)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void ignoresALengthLongerThanTheMemo(Layout layout) {
        byte[] log = event(layout, "hi").encode();
        log[head(layout) + 1]++;
        assertThat(TipEvent.decode(log)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void ignoresALengthShorterThanTheMemo(Layout layout) {
        byte[] log = event(layout, "hi").encode();
        log[head(layout) + 1]--;
        assertThat(TipEvent.decode(log)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void ignoresALogTooShortForTheHead(Layout layout) {
        assertThat(TipEvent.decode(Arrays.copyOf(event(layout, "").encode(), head(layout) + 1))).isEmpty();
    }

    @Test
    void ignoresALogShorterThanASelector() {
        assertThat(TipEvent.decode(new byte[] {(byte) 0x95, (byte) 0xe3})).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void keepsAMemoThatIsNotUtf8AsItsBytes(Layout layout) {
        byte[] memo = {'o', 'k', (byte) 0xff, (byte) 0xfe};

        TipEvent event = TipEvent.decode(withMemoBytes(layout, memo)).orElseThrow();

        assertThat(event.memo().bytes()).containsExactly(memo);
        assertThat(event.memo().text()).isEqualTo("ok\\xFF\\xFE");
        assertThat(event.encode()).containsExactly(withMemoBytes(layout, memo));
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void saysSoWhenAnAmountIsBeyondWhatThePlatformHolds(Layout layout) {
        byte[] log = event(layout, "hi").encode();
        log[36] = (byte) 0x80;
        assertThatThrownBy(() -> TipEvent.decode(log)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tip amount 922337203685").hasMessageContaining("2^63-1");
    }

    private static TipEvent event(Layout layout, String memo) {
        return layout == Layout.TIP ? TipEvent.version1(FAN, MicroAlgos.ofAlgo(1), memo)
                : TipEvent.withFee(FAN, MicroAlgos.ofAlgo(1), MicroAlgos.of(102_000), memo);
    }

    /** Bytes before the memo's length: selector, fan, amount, (fee), string offset. */
    private static int head(Layout layout) {
        return layout == Layout.TIP ? 46 : 54;
    }

    private static byte[] withMemoBytes(Layout layout, byte[] memo) {
        int head = head(layout) + 2;
        byte[] log = Arrays.copyOf(event(layout, "").encode(), head + memo.length);
        log[head - 2] = (byte) (memo.length >> 8);
        log[head - 1] = (byte) memo.length;
        System.arraycopy(memo, 0, log, head, memo.length);
        return log;
    }

    private static byte[] selectorOf(String signature) {
        return Arrays.copyOf(Hashes.sha512_256(signature.getBytes(StandardCharsets.US_ASCII)), 4);
    }
}
