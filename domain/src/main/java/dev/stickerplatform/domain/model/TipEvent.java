package dev.stickerplatform.domain.model;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The ARC-28 event a TipProxy logs once per accepted tip, in the layout of the program that logged it:
 * <ul>
 *   <li>{@link Layout#TIP_WITH_FEE} (version 2) {@code TipWithFee(address,uint64,uint64,string)}: selector ‖ fan
 *       (32) ‖ amount (uint64, the whole payment) ‖ fee (uint64, the platform's part) ‖ 0x0032 ‖ uint16 length ‖
 *       memo bytes;</li>
 *   <li>{@link Layout#TIP} (version 1, still deployed) {@code Tip(address,uint64,string)}: selector ‖ fan ‖ amount ‖
 *       0x002A ‖ uint16 length ‖ memo bytes; there is no fee (always 0).</li>
 * </ul>
 * The AVM caps a log entry at 1024 bytes, which bounds the memo ({@link Layout#maxMemoBytes()}). The creator
 * received {@code amount − fee}.
 */
public record TipEvent(Layout layout, Address fan, MicroAlgos amount, MicroAlgos fee, Memo memo) {
    private static final int MAX_LOG_BYTES = 1024;

    /** The two event layouts, by the TipProxy version that logs them. */
    public enum Layout {
        TIP("Tip(address,uint64,string)", 32 + 8 + 2),
        TIP_WITH_FEE("TipWithFee(address,uint64,uint64,string)", 32 + 8 + 8 + 2);

        private final String signature;
        private final byte[] selector;
        private final int stringOffset;

        Layout(String signature, int stringOffset) {
            this.signature = signature;
            this.selector = Arrays.copyOf(Hashes.sha512_256(signature.getBytes(StandardCharsets.US_ASCII)), 4);
            this.stringOffset = stringOffset;
        }

        public String signature() {
            return signature;
        }

        /** First 4 bytes of SHA-512/256 of the signature. */
        public byte[] selector() {
            return selector.clone();
        }

        /** The longest memo a log of this layout can carry, in bytes. */
        public int maxMemoBytes() {
            return MAX_LOG_BYTES - head() - 2;
        }

        /** Selector plus the ARC-4 tuple head (which ends with the string's 2-byte offset). */
        private int head() {
            return 4 + stringOffset;
        }
    }

    public TipEvent {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(fan, "fan");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(fee, "fee");
        Objects.requireNonNull(memo, "memo");
        if (layout == Layout.TIP && !fee.equals(MicroAlgos.ZERO)) {
            throw new IllegalArgumentException("a version 1 Tip event has no fee");
        }
        if (fee.compareTo(amount) > 0) {
            throw new IllegalArgumentException("the fee is part of the amount");
        }
        if (memo.length() > layout.maxMemoBytes()) {
            throw new IllegalArgumentException("a " + layout.signature + " memo is at most " + layout.maxMemoBytes()
                    + " bytes");
        }
    }

    /** The event of the current TipProxy (version 2). */
    public static TipEvent withFee(Address fan, MicroAlgos amount, MicroAlgos fee, Memo memo) {
        return new TipEvent(Layout.TIP_WITH_FEE, fan, amount, fee, memo);
    }

    /** The event of the current TipProxy (version 2) with a UTF-8 memo. */
    public static TipEvent withFee(Address fan, MicroAlgos amount, MicroAlgos fee, String memo) {
        return withFee(fan, amount, fee, Memo.ofText(memo));
    }

    /** The event of a version 1 TipProxy. */
    public static TipEvent version1(Address fan, MicroAlgos amount, Memo memo) {
        return new TipEvent(Layout.TIP, fan, amount, MicroAlgos.ZERO, memo);
    }

    /** The event of a version 1 TipProxy with a UTF-8 memo. */
    public static TipEvent version1(Address fan, MicroAlgos amount, String memo) {
        return version1(fan, amount, Memo.ofText(memo));
    }

    /** What the creator received. */
    public MicroAlgos creatorShare() {
        return amount.minus(fee);
    }

    /**
     * Decodes one log entry of either layout; empty when it is neither (wrong selector, bad layout, a fee above the
     * amount). The memo is kept as bytes, whatever their encoding: the fan paid whatever the memo says. An amount
     * or fee beyond 2^63−1 microAlgos (more ALGO than exist, so never logged by a TipProxy) is an
     * {@link IllegalArgumentException} that says so.
     */
    public static Optional<TipEvent> decode(byte[] log) {
        if (log.length < 4) {
            return Optional.empty();
        }
        byte[] selector = Arrays.copyOf(log, 4);
        for (Layout layout : Layout.values()) {
            if (Arrays.equals(selector, layout.selector)) {
                return decode(layout, log);
            }
        }
        return Optional.empty();
    }

    private static Optional<TipEvent> decode(Layout layout, byte[] log) {
        if (log.length < layout.head() + 2 || log.length > layout.head() + 2 + layout.maxMemoBytes()) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(log);
        buffer.position(4);
        byte[] fan = new byte[32];
        buffer.get(fan);
        long amount = Uint64.toSigned(buffer.getLong(), "tip amount");
        long fee = layout == Layout.TIP_WITH_FEE ? Uint64.toSigned(buffer.getLong(), "tip fee") : 0;
        int offset = Short.toUnsignedInt(buffer.getShort());
        int length = Short.toUnsignedInt(buffer.getShort());
        if (fee > amount || offset != layout.stringOffset || length != log.length - layout.head() - 2) {
            return Optional.empty();
        }
        byte[] memo = new byte[length];
        buffer.get(memo);
        return Optional.of(new TipEvent(layout, Address.fromPublicKey(fan), MicroAlgos.of(amount),
                MicroAlgos.of(fee), Memo.of(memo)));
    }

    /** Encodes the event exactly as the contract logs it. */
    public byte[] encode() {
        byte[] memoBytes = memo.bytes();
        ByteBuffer buffer = ByteBuffer.allocate(layout.head() + 2 + memoBytes.length)
                .put(layout.selector).put(fan.publicKey()).putLong(amount.value());
        if (layout == Layout.TIP_WITH_FEE) {
            buffer.putLong(fee.value());
        }
        return buffer.putShort((short) layout.stringOffset).putShort((short) memoBytes.length).put(memoBytes)
                .array();
    }
}
