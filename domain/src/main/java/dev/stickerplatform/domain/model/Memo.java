package dev.stickerplatform.domain.model;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * A tip's memo exactly as the chain has it: bytes, which a fan may send in any encoding (the contract does not
 * check UTF-8). {@link #text()} shows it as text either way: the UTF-8 text when it is valid UTF-8, otherwise an
 * escaped form ({@code \xNN} for each byte that is not part of valid UTF-8, backslashes doubled), so nothing a
 * fan paid for is ever dropped or silently altered.
 */
public final class Memo {
    public static final Memo EMPTY = new Memo(new byte[0]);

    private final byte[] bytes;

    private Memo(byte[] bytes) {
        this.bytes = bytes;
    }

    public static Memo of(byte[] bytes) {
        return bytes.length == 0 ? EMPTY : new Memo(bytes.clone());
    }

    /** The UTF-8 bytes of {@code text}. */
    public static Memo ofText(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public int length() {
        return bytes.length;
    }

    /** The memo as UTF-8 text, or empty when its bytes are not valid UTF-8. */
    public Optional<String> utf8() {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    public boolean isUtf8() {
        return utf8().isPresent();
    }

    /** The text to show: the memo itself when it is UTF-8, else its valid parts with each other byte as \xNN. */
    public String text() {
        return utf8().orElseGet(this::escaped);
    }

    public String base64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** Whether the memo starts with the ASCII bytes of {@code prefix}, ignoring ASCII case. */
    public boolean startsWithIgnoringAsciiCase(String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.US_ASCII);
        if (bytes.length < p.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (Character.toUpperCase((char) (bytes[i] & 0xFF)) != Character.toUpperCase((char) p[i])) {
                return false;
            }
        }
        return true;
    }

    private String escaped() {
        StringBuilder out = new StringBuilder(bytes.length * 2);
        int i = 0;
        while (i < bytes.length) {
            int length = utf8SequenceLength(i);
            if (length > 0) {
                String s = new String(bytes, i, length, StandardCharsets.UTF_8);
                out.append(s.equals("\\") ? "\\\\" : s);
                i += length;
            } else {
                out.append(String.format("\\x%02X", bytes[i] & 0xFF));
                i++;
            }
        }
        return out.toString();
    }

    /** The length of the well-formed UTF-8 sequence at {@code i}, or 0 when there is none. */
    private int utf8SequenceLength(int i) {
        int b = bytes[i] & 0xFF;
        int length;
        int min;
        if (b < 0x80) {
            return 1;
        } else if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
            min = 0x80;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            min = 0x800;
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            min = 0x10000;
        } else {
            return 0;
        }
        if (i + length > bytes.length) {
            return 0;
        }
        int code = b & (0xFF >> (length + 1));
        for (int k = 1; k < length; k++) {
            int c = bytes[i + k] & 0xFF;
            if ((c & 0xC0) != 0x80) {
                return 0;
            }
            code = code << 6 | c & 0x3F;
        }
        boolean surrogate = code >= 0xD800 && code <= 0xDFFF;
        return code < min || code > 0x10FFFF || surrogate ? 0 : length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Memo memo && Arrays.equals(bytes, memo.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return text();
    }
}
