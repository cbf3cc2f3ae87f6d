package dev.stickerplatform.adapters.algorand.tipproxy;

import dev.stickerplatform.domain.model.Hashes;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * TipProxy's ARC-4 interface (version 2, and what differs in the still deployed version 1): method signatures,
 * selectors, global state keys and the argument encodings (uint64 big-endian, ARC-4 string = uint16 length prefix +
 * UTF-8 bytes). See {@code contracts/README.md}.
 */
public final class TipProxyAbi {
    /** creator, platform, treasury, minTip, feeBps, feeFloor. */
    public static final String CREATE = "create(address,address,address,uint64,uint64,uint64)void";
    /** Version 1: creator, platform, minTip, version. */
    public static final String CREATE_VERSION_1 = "create(address,address,uint64,uint64)void";
    public static final String TIP = "tip(pay,string)void";
    /** Version 2, platform only: the platform pays, the event names the fan. */
    public static final String TIP_FOR = "tip_for(pay,address,string)void";
    public static final String UPDATE_MIN_TIP = "update_min_tip(uint64)void";
    public static final String PAUSE = "pause()void";
    public static final String UNPAUSE = "unpause()void";

    public static final String CREATOR_ADDRESS = "creator_address";
    public static final String PLATFORM_ADDRESS = "platform_address";
    public static final String TREASURY_ADDRESS = "treasury_address";
    public static final String MIN_TIP_AMOUNT = "min_tip_amount";
    public static final String FEE_BPS = "fee_bps";
    public static final String FEE_FLOOR = "fee_floor";
    public static final String TOTAL_TIPS = "total_tips";
    public static final String TOTAL_AMOUNT = "total_amount";
    public static final String CONTRACT_VERSION = "contract_version";
    public static final String PAUSED = "paused";

    /** What version 2 writes into {@code contract_version} itself. */
    public static final long CONTRACT_VERSION_2 = 2;

    /** The declared global schema: the app creator's minimum balance depends on it. */
    public static final int GLOBAL_UINTS = 7;
    public static final int GLOBAL_BYTES = 3;
    public static final int GLOBAL_UINTS_VERSION_1 = 5;
    public static final int GLOBAL_BYTES_VERSION_1 = 2;

    private TipProxyAbi() {
    }

    /** First 4 bytes of SHA-512/256 of an ARC-4 method (or ARC-28 event) signature. */
    public static byte[] selector(String signature) {
        return Arrays.copyOf(Hashes.sha512_256(signature.getBytes(StandardCharsets.US_ASCII)), 4);
    }

    public static byte[] uint64(long value) {
        return ByteBuffer.allocate(8).putLong(value).array();
    }

    /** ARC-4 {@code string}: uint16 big-endian byte length, then the UTF-8 bytes. */
    public static byte[] string(String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        if (utf8.length > 0xFFFF) {
            throw new IllegalArgumentException("an ARC-4 string holds at most 65535 bytes");
        }
        return ByteBuffer.allocate(2 + utf8.length).putShort((short) utf8.length).put(utf8).array();
    }
}
