package dev.stickerplatform.adapters.algorand;

import com.algorand.algosdk.util.Encoder;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.stickerplatform.domain.model.Hashes;
import dev.stickerplatform.domain.model.TxId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Transaction ids computed from decoded msgpack: SHA-512/256 of {@code "TX"} + the canonical msgpack of the
 * transaction (keys sorted, no empty fields, smallest integer forms). Working on the raw field map, not on
 * algosdk's {@code Transaction}, keeps every field exactly as signed: algosdk would turn an absent fee into 1000
 * and refuse fields it does not know.
 */
public final class TxIds {
    private static final byte[] TX = "TX".getBytes(StandardCharsets.US_ASCII);

    private TxIds() {
    }

    /**
     * The id of a transaction as a block stores it: the block omits the genesis hash (always required since the
     * protocol made it so) and the genesis id (when {@code hgi} says the transaction had it).
     *
     * @param genesisId the block's genesis id when the transaction had it, else null
     */
    static TxId ofBlockTxn(Map<?, ?> txn, String genesisId, byte[] genesisHash) {
        TreeMap<String, Object> full = canonical(txn);
        if (genesisId != null) {
            full.put("gen", genesisId);
        }
        full.putIfAbsent("gh", genesisHash);
        return hash(full);
    }

    /** The ids of a signed group as a wallet sends it (concatenated or not, one msgpack signed txn per entry). */
    public static List<TxId> ofSignedGroup(List<byte[]> signedGroup) {
        List<TxId> ids = new ArrayList<>(signedGroup.size());
        for (byte[] signed : signedGroup) {
            try {
                Map<?, ?> stx = Encoder.decodeFromMsgPack(signed, Map.class);
                if (!(stx.get("txn") instanceof Map<?, ?> txn)) {
                    throw new IllegalArgumentException("not a signed transaction: no txn field");
                }
                ids.add(hash(canonical(txn)));
            } catch (IOException e) {
                throw new IllegalArgumentException("not a msgpack signed transaction", e);
            }
        }
        return ids;
    }

    private static TxId hash(TreeMap<String, Object> txn) {
        try {
            return TxId.fromHash(Hashes.sha512_256(TX, Encoder.encodeToMsgPack(txn)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot re-encode a decoded transaction", e);
        }
    }

    /** Sorted copies all the way down, so the encoder writes keys in canonical order. */
    private static TreeMap<String, Object> canonical(Map<?, ?> map) {
        TreeMap<String, Object> sorted = new TreeMap<>();
        map.forEach((key, value) -> sorted.put(String.valueOf(key), canonicalValue(value)));
        return sorted;
    }

    private static Object canonicalValue(Object value) {
        if (value instanceof Map<?, ?> map) {
            return canonical(map);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(TxIds::canonicalValue).toList();
        }
        return value;
    }
}
