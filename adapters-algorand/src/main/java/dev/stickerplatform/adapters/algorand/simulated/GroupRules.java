package dev.stickerplatform.adapters.algorand.simulated;

import com.algorand.algosdk.crypto.Digest;
import com.algorand.algosdk.transaction.Transaction;
import com.algorand.algosdk.transaction.TxGroup;
import dev.stickerplatform.domain.port.ChainRejectedException;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/** The rules a submitted group must meet before any state is looked at. */
final class GroupRules {
    static final int MAX_GROUP_SIZE = 16;
    static final long MAX_TXN_LIFE = 1000;
    static final int MAX_NOTE_BYTES = 1024;

    private GroupRules() {
    }

    /**
     * Checks size, network, group id, validity-window length and pooled fees.
     *
     * @return the fee credit: what the group paid beyond the minimum, available to inner transactions
     */
    static long check(List<DecodedTxn> group, String genesisId, byte[] genesisHash, long minFee) {
        if (group.isEmpty() || group.size() > MAX_GROUP_SIZE) {
            throw new ChainRejectedException("a group has 1 to " + MAX_GROUP_SIZE + " transactions, got "
                    + group.size());
        }
        long fees = 0;
        for (DecodedTxn txn : group) {
            checkNetwork(txn, genesisId, genesisHash);
            if (txn.lastValid() < txn.firstValid()) {
                throw new ChainRejectedException("transaction " + txn.txId() + ": last valid " + txn.lastValid()
                        + " is before first valid " + txn.firstValid());
            }
            if (txn.lastValid() - txn.firstValid() > MAX_TXN_LIFE) {
                throw new ChainRejectedException("transaction " + txn.txId() + ": validity window of "
                        + (txn.lastValid() - txn.firstValid()) + " rounds exceeds " + MAX_TXN_LIFE);
            }
            if (txn.txn().note != null && txn.txn().note.length > MAX_NOTE_BYTES) {
                throw new ChainRejectedException("transaction " + txn.txId() + ": note is longer than "
                        + MAX_NOTE_BYTES + " bytes");
            }
            fees = saturatingAdd(fees, txn.fee());
        }
        checkGroupId(group);
        long required = minFee * group.size();
        if (fees < required) {
            throw new ChainRejectedException("fee too small: the group pays " + fees + " µALGO, at least " + required
                    + " µALGO (" + minFee + " per transaction) is required");
        }
        return fees - required;
    }

    private static long saturatingAdd(long a, long b) {
        long sum = a + b;
        return sum < a ? Long.MAX_VALUE : sum;
    }

    /** The round the group would be committed in must lie in every member's validity window. */
    static void checkRound(List<DecodedTxn> group, long round) {
        for (DecodedTxn txn : group) {
            if (round > txn.lastValid()) {
                throw new ChainRejectedException("transaction expired: round " + round + " is past last valid "
                        + txn.lastValid());
            }
            if (round < txn.firstValid()) {
                throw new ChainRejectedException("transaction not yet valid: round " + round
                        + " is before first valid " + txn.firstValid());
            }
        }
    }

    private static void checkNetwork(DecodedTxn txn, String genesisId, byte[] genesisHash) {
        Transaction t = txn.txn();
        if (!Arrays.equals(t.genesisHash.getBytes(), genesisHash)) {
            throw new ChainRejectedException("wrong network: transaction " + txn.txId()
                    + " has a genesis hash that is not this ledger's");
        }
        if (t.genesisID != null && !t.genesisID.isEmpty() && !t.genesisID.equals(genesisId)) {
            throw new ChainRejectedException("wrong network: genesis id " + t.genesisID + " is not " + genesisId);
        }
    }

    private static void checkGroupId(List<DecodedTxn> group) {
        if (group.size() == 1 && !group.get(0).hasGroup()) {
            return;
        }
        byte[] expected = expectedGroupId(group);
        for (DecodedTxn txn : group) {
            if (!Arrays.equals(txn.txn().group.getBytes(), expected)) {
                throw new ChainRejectedException("group id mismatch: transaction " + txn.txId()
                        + " does not carry the id of the submitted group");
            }
        }
    }

    /** SHA-512/256 of "TG" + the members' txids computed without their group field (algosdk's TxGroup rule). */
    private static byte[] expectedGroupId(List<DecodedTxn> group) {
        Transaction[] txns = group.stream().map(DecodedTxn::txn).toArray(Transaction[]::new);
        Digest[] saved = new Digest[txns.length];
        for (int i = 0; i < txns.length; i++) {
            saved[i] = txns[i].group;
            txns[i].group = new Digest();
        }
        try {
            return TxGroup.computeGroupID(txns).getBytes().clone();
        } catch (IOException e) {
            throw new ChainRejectedException("malformed transaction: cannot compute the group id");
        } finally {
            for (int i = 0; i < txns.length; i++) {
                txns[i].group = saved[i];
            }
        }
    }
}
