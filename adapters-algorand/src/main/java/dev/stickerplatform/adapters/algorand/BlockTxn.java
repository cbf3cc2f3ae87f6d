package dev.stickerplatform.adapters.algorand;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.TxId;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One transaction of a block as the node wrote it (a SignedTxnInBlock, or an inner transaction of one), read
 * field by field. Every integer is a uint64, as on Algorand: the record holds its bits ({@code long}, read with
 * {@link Long#toUnsignedString(long)}), so amounts and ASA totals up to 2^64−1 read as they are. Absent fields are
 * 0 or null (canonical msgpack omits them). A field of the wrong shape is an {@link IllegalArgumentException}
 * that names it: the caller skips that transaction, not the block.
 *
 * @param index        the place among its siblings (top-level: in the payset)
 * @param txId         null for inner transactions (they have no id of their own)
 * @param amount       a payment's microAlgos
 * @param assetTotal   an asset creation's total
 * @param assetClosingAmount the units a close-out moved to {@code assetCloseTo}, from the apply data ({@code aca};
 *                     absent, as algod omits zeros, when nothing was left to move)
 * @param createdApp   the app id the apply data reports ({@code apid}): set for app creations
 * @param logCount     the logs in the apply data ({@code dt.lg})
 * @param inner        the inner transactions ({@code dt.itx}), in order
 */
record BlockTxn(int index, TxId txId, String type, Address sender, Address receiver, long amount, long assetId,
                long assetAmount, Address assetReceiver, Address assetSender, Address assetCloseTo,
                long assetClosingAmount, long assetTotal,
                long appId, long createdApp, long createdAsset, int logCount, List<BlockTxn> inner) {
    /** The AVM's limit on nested inner transactions (an app call may go 8 levels deep). */
    static final int MAX_DEPTH = 8;

    /** A top-level transaction: its id is computed from the block's genesis. */
    static BlockTxn read(int index, Object entry, BlockHeader header) {
        Map<?, ?> stib = map(entry, "transaction");
        Map<?, ?> txn = map(stib.get("txn"), "txn");
        TxId txId = TxIds.ofBlockTxn(txn, Boolean.TRUE.equals(stib.get("hgi")) ? header.genesisId() : null,
                header.genesisHash());
        return read(index, txId, stib, 0);
    }

    private static BlockTxn read(int index, TxId txId, Map<?, ?> withApplyData, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("inner transactions nested deeper than " + MAX_DEPTH);
        }
        Map<?, ?> txn = map(withApplyData.get("txn"), "txn");
        if (!(txn.get("type") instanceof String type)) {
            throw new IllegalArgumentException("transaction without a type");
        }
        Map<?, ?> params = txn.get("apar") == null ? Map.of() : map(txn.get("apar"), "apar");
        Map<?, ?> delta = withApplyData.get("dt") == null ? Map.of() : map(withApplyData.get("dt"), "dt");
        List<BlockTxn> inner = new ArrayList<>();
        List<?> innerTxns = list(delta.get("itx"), "dt.itx");
        for (int i = 0; i < innerTxns.size(); i++) {
            inner.add(read(i, null, map(innerTxns.get(i), "inner transaction"), depth + 1));
        }
        return new BlockTxn(index, txId, type, address(txn.get("snd"), "snd"),
                optionalAddress(txn.get("rcv"), "rcv"), uint64(txn.get("amt"), "amt"),
                uint64(txn.get("xaid"), "xaid"), uint64(txn.get("aamt"), "aamt"),
                optionalAddress(txn.get("arcv"), "arcv"), optionalAddress(txn.get("asnd"), "asnd"),
                optionalAddress(txn.get("aclose"), "aclose"), uint64(withApplyData.get("aca"), "apply data aca"),
                uint64(params.get("t"), "apar.t"),
                uint64(txn.get("apid"), "apid"), uint64(withApplyData.get("apid"), "apply data apid"),
                uint64(withApplyData.get("caid"), "apply data caid"), list(delta.get("lg"), "dt.lg").size(),
                List.copyOf(inner));
    }

    /** A zero transfer of an asset from an account to itself, neither clawback nor close-out. */
    boolean isOptIn() {
        return "axfer".equals(type) && assetAmount == 0 && assetSender == null && assetCloseTo == null
                && sender.equals(assetReceiver);
    }

    /** How deep the inner transactions go (0: none). */
    int depth() {
        return inner.stream().mapToInt(t -> t.depth() + 1).max().orElse(0);
    }

    /**
     * A msgpack unsigned integer as its uint64 bits. msgpack integers decode as Integer, Long or (from 2^63 on)
     * BigInteger; absent means 0. A negative number or one beyond 2^64−1 is not a uint64.
     */
    static long uint64(Object raw, String field) {
        return switch (raw) {
            case null -> 0;
            case BigInteger big when big.signum() >= 0 && big.bitLength() <= 64 -> big.longValue();
            case Long n when n >= 0 -> n;
            case Integer n when n >= 0 -> n;
            case Short n when n >= 0 -> n;
            case Byte n when n >= 0 -> n;
            default -> throw new IllegalArgumentException(field + " is not a uint64: " + raw);
        };
    }

    private static Address address(Object raw, String field) {
        Address address = optionalAddress(raw, field);
        if (address == null) {
            throw new IllegalArgumentException(field + " is missing");
        }
        return address;
    }

    private static Address optionalAddress(Object raw, String field) {
        if (raw == null) {
            return null;
        }
        if (!(raw instanceof byte[] key) || key.length != 32) {
            throw new IllegalArgumentException(field + " is not a 32-byte address");
        }
        return Address.fromPublicKey(key);
    }

    private static Map<?, ?> map(Object raw, String field) {
        if (!(raw instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(field + " is not a map");
        }
        return map;
    }

    private static List<?> list(Object raw, String field) {
        if (raw == null) {
            return List.of();
        }
        if (!(raw instanceof List<?> list)) {
            throw new IllegalArgumentException(field + " is not a list");
        }
        return list;
    }

    @Override
    public String toString() {
        return type + " " + (txId == null ? "#" + index : txId) + " inner " + Arrays.toString(inner.toArray());
    }
}
