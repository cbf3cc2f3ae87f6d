package dev.stickerplatform.domain.model;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The ARC-28 event {@code Tip(address,uint64,string)} that TipProxy logs once per accepted tip:
 * 4-byte selector ‖ fan (32) ‖ amount (uint64) ‖ 0x002A (offset of the string) ‖ uint16 length ‖ memo bytes.
 * The AVM caps a log entry at 1024 bytes, so the memo is at most {@value #MAX_MEMO_BYTES} UTF-8 bytes.
 */
public record TipEvent(Address fan, MicroAlgos amount, String memo) {
    public static final String SIGNATURE = "Tip(address,uint64,string)";
    public static final byte[] SELECTOR = Arrays.copyOf(Hashes.sha512_256(SIGNATURE.getBytes(StandardCharsets.US_ASCII)), 4);
    private static final int HEAD = 4 + 32 + 8 + 2;
    public static final int MAX_MEMO_BYTES = 1024 - HEAD - 2;

    public TipEvent {
        Objects.requireNonNull(fan, "fan");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(memo, "memo");
        if (memo.getBytes(StandardCharsets.UTF_8).length > MAX_MEMO_BYTES) {
            throw new IllegalArgumentException("a Tip event memo is at most " + MAX_MEMO_BYTES + " bytes");
        }
    }

    /** Decodes one log entry; empty when it is not a well-formed Tip event (wrong selector, bad layout or UTF-8). */
    public static Optional<TipEvent> decode(byte[] log) {
        if (log.length < HEAD + 2 || log.length > HEAD + 2 + MAX_MEMO_BYTES
                || !Arrays.equals(Arrays.copyOf(log, 4), SELECTOR)) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(log);
        buffer.position(4);
        byte[] fan = new byte[32];
        buffer.get(fan);
        long amount = buffer.getLong();
        int offset = Short.toUnsignedInt(buffer.getShort());
        int length = Short.toUnsignedInt(buffer.getShort());
        if (amount < 0 || offset != 42 || length != log.length - HEAD - 2) {
            return Optional.empty();
        }
        try {
            String memo = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer).toString();
            return Optional.of(new TipEvent(Address.fromPublicKey(fan), MicroAlgos.of(amount), memo));
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** Encodes the event exactly as the contract logs it. */
    public byte[] encode() {
        byte[] memoBytes = memo.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(HEAD + 2 + memoBytes.length)
                .put(SELECTOR).put(fan.publicKey()).putLong(amount.value())
                .putShort((short) 42).putShort((short) memoBytes.length).put(memoBytes)
                .array();
    }
}
