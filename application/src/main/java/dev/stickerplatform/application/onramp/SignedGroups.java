package dev.stickerplatform.application.onramp;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/** A signed group in one byte string (each transaction prefixed by its 4-byte length), as orders record it. */
final class SignedGroups {
    private SignedGroups() {
    }

    static byte[] encode(List<byte[]> signed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] txn : signed) {
            out.writeBytes(ByteBuffer.allocate(4).putInt(txn.length).array());
            out.writeBytes(txn);
        }
        return out.toByteArray();
    }

    static List<byte[]> decode(byte[] encoded) {
        ByteBuffer in = ByteBuffer.wrap(encoded);
        List<byte[]> signed = new ArrayList<>();
        while (in.remaining() >= 4) {
            byte[] txn = new byte[in.getInt()];
            in.get(txn);
            signed.add(txn);
        }
        return signed;
    }
}
