package dev.stickerplatform.adapters.kms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TransactionKindTest {
    /** {@code "TX"} + a canonical msgpack map: keys sorted, "type" after a binary note that mimics a type field. */
    private static byte[] transaction(String type) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("TX".getBytes(StandardCharsets.US_ASCII));
        out.write(0x85); // map of 5
        str(out, "amt");
        out.write(0xce);
        out.writeBytes(new byte[] {0, 0x0f, 0x42, 0x40}); // uint32 1,000,000
        str(out, "fee");
        out.write(0xcd);
        out.writeBytes(new byte[] {0x03, (byte) 0xe8});
        str(out, "note");
        byte[] note = {(byte) 0xa4, 't', 'y', 'p', 'e', (byte) 0xa3, 'p', 'a', 'y'};
        out.write(0xc4);
        out.write(note.length);
        out.writeBytes(note);
        str(out, "rcv");
        out.write(0xc4);
        out.write(32);
        out.writeBytes(new byte[32]);
        str(out, "type");
        str(out, type);
        return out.toByteArray();
    }

    private static void str(ByteArrayOutputStream out, String value) {
        out.write(0xa0 | value.length());
        out.writeBytes(value.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void readsTheTypeFieldOfATransactionNotTextThatLooksLikeIt() {
        assertThat(TransactionKind.of(transaction("axfer"))).isEqualTo("axfer");
    }

    @Test
    void aSignedMessageIsAMessage() {
        assertThat(TransactionKind.of("MX{\"domain\":\"x\"}".getBytes(StandardCharsets.US_ASCII))).isEqualTo("message");
    }

    @Test
    void bytesItCannotReadHaveNoKind() {
        byte[] truncated = transaction("pay");
        assertThat(TransactionKind.of(java.util.Arrays.copyOf(truncated, 12))).isNull();
        assertThat(TransactionKind.of("TX not msgpack".getBytes(StandardCharsets.US_ASCII))).isNull();
        assertThat(TransactionKind.of(new byte[] {'T', 'X', (byte) 0xdf, 0x7f, -1, -1, -1})).isNull();
        assertThat(TransactionKind.of(new byte[0])).isNull();
    }
}
