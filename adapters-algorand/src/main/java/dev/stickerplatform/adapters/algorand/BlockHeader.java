package dev.stickerplatform.adapters.algorand;

import dev.stickerplatform.domain.port.ChainUnavailableException;
import java.util.List;
import java.util.Map;

/**
 * What every transaction of a block needs from its header: the genesis (for txids), the timestamp and the payset.
 * A header without them is a broken block, an outage ({@link ChainUnavailableException}) to read again, never a
 * transaction to skip.
 */
record BlockHeader(String genesisId, byte[] genesisHash, long timestamp, List<?> payset) {
    static BlockHeader of(Map<String, Object> block) {
        if (!(block.get("gen") instanceof String genesisId) || !(block.get("gh") instanceof byte[] genesisHash)
                || genesisHash.length != 32) {
            throw new ChainUnavailableException("algod sent a block without its genesis id and hash");
        }
        Object txns = block.get("txns");
        if (txns != null && !(txns instanceof List<?>)) {
            throw new ChainUnavailableException("algod sent a block whose transactions are not a list");
        }
        long timestamp;
        try {
            timestamp = BlockTxn.uint64(block.get("ts"), "timestamp");
        } catch (IllegalArgumentException e) {
            throw new ChainUnavailableException("algod sent a block with a malformed timestamp");
        }
        return new BlockHeader(genesisId, genesisHash, timestamp, txns == null ? List.of() : (List<?>) txns);
    }
}
