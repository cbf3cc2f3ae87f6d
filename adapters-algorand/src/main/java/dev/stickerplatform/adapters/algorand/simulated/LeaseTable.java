package dev.stickerplatform.adapters.algorand.simulated;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.port.ChainRejectedException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Leases held by accepted transactions: (sender, lease) is taken until the holder's last valid round has
 * passed, so of two writes carrying the same lease at most one can ever confirm. Not thread-safe.
 */
final class LeaseTable {
    private final Map<Key, Long> lastValidByLease = new HashMap<>();
    private final TreeMap<Long, List<Key>> byExpiry = new TreeMap<>();

    /** Rejects the group if any leased member collides with a held lease or with another member. */
    void check(List<DecodedTxn> group, long round) {
        Set<Key> inGroup = new HashSet<>();
        for (DecodedTxn txn : group) {
            if (!txn.hasLease()) {
                continue;
            }
            Key key = key(txn);
            Long holderLastValid = lastValidByLease.get(key);
            if ((holderLastValid != null && holderLastValid >= round) || !inGroup.add(key)) {
                throw new ChainRejectedException("lease in use: " + txn.sender() + " holds lease " + key.lease
                        + " until round " + (holderLastValid == null ? txn.lastValid() : holderLastValid));
            }
        }
    }

    void record(List<DecodedTxn> group) {
        for (DecodedTxn txn : group) {
            if (txn.hasLease()) {
                Key key = key(txn);
                lastValidByLease.put(key, txn.lastValid());
                byExpiry.computeIfAbsent(txn.lastValid(), r -> new ArrayList<>()).add(key);
            }
        }
    }

    /** Frees the leases whose holders can no longer confirm in {@code round} or later. */
    void expireBefore(long round) {
        var expired = byExpiry.headMap(round, false);
        expired.forEach((lastValid, keys) -> keys.forEach(k -> lastValidByLease.remove(k, lastValid)));
        expired.clear();
    }

    private static Key key(DecodedTxn txn) {
        return new Key(txn.sender(), HexFormat.of().formatHex(txn.lease()));
    }

    private record Key(Address sender, String lease) {
    }
}
