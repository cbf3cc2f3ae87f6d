package dev.stickerplatform.adapters.kms;

import java.nio.charset.StandardCharsets;

/**
 * The type field of the bytes a signer is asked to sign, for the audit trail: for {@code "TX" + msgpack} the
 * transaction's {@code type} ({@code pay}, {@code axfer}, {@code acfg}, {@code appl}, …), read by walking the
 * top-level msgpack map; {@code message} for {@code "MX"}-prefixed bytes (a signed message, never a transaction).
 * Never throws: bytes it cannot read (not a transaction, malformed, truncated) give null.
 */
final class TransactionKind {
    private static final int MAX_TYPE = 16;

    private TransactionKind() {
    }

    static String of(byte[] bytes) {
        if (bytes.length >= 2 && bytes[0] == 'M' && bytes[1] == 'X') {
            return "message";
        }
        if (bytes.length < 3 || bytes[0] != 'T' || bytes[1] != 'X') {
            return null;
        }
        try {
            Reader reader = new Reader(bytes, 2);
            long entries = reader.mapHeader();
            for (long i = 0; i < entries; i++) {
                String key = reader.string();
                if ("type".equals(key)) {
                    String type = reader.string();
                    return type != null && type.length() <= MAX_TYPE && type.matches("[a-z]+") ? type : null;
                }
                reader.skip(0);
            }
            return null;
        } catch (RuntimeException e) {
            return null; // the audit names what it can; odd bytes are still signed and recorded by digest
        }
    }

    /** Just enough msgpack to skip any value and read map keys and strings; bounded by the input. */
    private static final class Reader {
        private static final int MAX_DEPTH = 16;
        private final byte[] bytes;
        private int at;

        Reader(byte[] bytes, int at) {
            this.bytes = bytes;
            this.at = at;
        }

        long mapHeader() {
            int b = next();
            if ((b & 0xf0) == 0x80) {
                return b & 0x0f;
            }
            if (b == 0xde) {
                return uint(2);
            }
            if (b == 0xdf) {
                return uint(4);
            }
            throw new IllegalArgumentException("not a map");
        }

        /** A string value, or null (and skipped) when the value is not a string. */
        String string() {
            int b = bytes[at] & 0xff;
            long length;
            if ((b & 0xe0) == 0xa0) {
                at++;
                length = b & 0x1f;
            } else if (b == 0xd9 || b == 0xda || b == 0xdb) {
                at++;
                length = uint(b == 0xd9 ? 1 : b == 0xda ? 2 : 4);
            } else {
                skip(0);
                return null;
            }
            int start = at;
            return new String(bytes, start, take(length), StandardCharsets.UTF_8);
        }

        void skip(int depth) {
            if (depth > MAX_DEPTH) {
                throw new IllegalArgumentException("too deep");
            }
            int b = next();
            if (b <= 0x7f || b >= 0xe0 || b == 0xc0 || b == 0xc2 || b == 0xc3) {
                return; // fixint, nil, booleans
            }
            if ((b & 0xe0) == 0xa0) {
                take(b & 0x1f);
            } else if ((b & 0xf0) == 0x80) {
                skipMany(2L * (b & 0x0f), depth);
            } else if ((b & 0xf0) == 0x90) {
                skipMany(b & 0x0f, depth);
            } else {
                switch (b) {
                    case 0xc4, 0xd9 -> take(uint(1));
                    case 0xc5, 0xda -> take(uint(2));
                    case 0xc6, 0xdb -> take(uint(4));
                    case 0xcc, 0xd0 -> take(1);
                    case 0xcd, 0xd1 -> take(2);
                    case 0xca, 0xce, 0xd2 -> take(4);
                    case 0xcb, 0xcf, 0xd3 -> take(8);
                    case 0xdc -> skipMany(uint(2), depth);
                    case 0xdd -> skipMany(uint(4), depth);
                    case 0xde -> skipMany(2 * uint(2), depth);
                    case 0xdf -> skipMany(2 * uint(4), depth);
                    default -> throw new IllegalArgumentException("unsupported msgpack type");
                }
            }
        }

        private void skipMany(long count, int depth) {
            for (long i = 0; i < count; i++) {
                skip(depth + 1);
            }
        }

        private int next() {
            return bytes[at++] & 0xff;
        }

        private long uint(int size) {
            long value = 0;
            for (int i = 0; i < size; i++) {
                value = value << 8 | next();
            }
            return value;
        }

        /** Moves past {@code length} bytes; returns the length as an int. */
        private int take(long length) {
            if (length > bytes.length - at) {
                throw new IllegalArgumentException("truncated");
            }
            at += (int) length;
            return (int) length;
        }
    }
}
