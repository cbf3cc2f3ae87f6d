package dev.stickerplatform.adapters.algorand.simulated;

import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.Chain.AppCall;
import dev.stickerplatform.domain.port.Chain.BlockEvents;
import dev.stickerplatform.domain.port.Chain.AssetMove;
import dev.stickerplatform.domain.port.Chain.OptIn;
import dev.stickerplatform.domain.port.Chain.Skipped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every block since genesis. All history is kept (this is a development ledger), compactly: per block only the
 * txids (32 bytes each), the top-level app calls and the opt-ins; per transaction its round and created id.
 * Not thread-safe: the ledger's lock guards it.
 */
final class BlockHistory {
    private static final AppCallResult[] NO_CALLS = new AppCallResult[0];
    private static final OptIn[] NO_OPT_INS = new OptIn[0];
    private static final AssetMove[] NO_MOVES = new AssetMove[0];
    private static final Skipped[] NO_SKIPS = new Skipped[0];

    private final List<Block> blocks = new ArrayList<>();
    private final Map<TxId, Confirmed> confirmations = new HashMap<>();
    private final Map<TxId, TxnEffects.Paid> payments = new HashMap<>();

    BlockHistory(Instant genesisTime) {
        blocks.add(new Block(genesisTime.toEpochMilli(), new byte[0], NO_CALLS, NO_OPT_INS, NO_SKIPS, NO_MOVES));
    }

    long latestRound() {
        return blocks.size() - 1;
    }

    void append(Instant timestamp, List<TxnEffects> effects) {
        long round = blocks.size();
        byte[] txids = new byte[32 * effects.size()];
        List<AppCallResult> calls = new ArrayList<>();
        List<OptIn> optIns = new ArrayList<>();
        List<AssetMove> moves = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (int i = 0; i < effects.size(); i++) {
            TxnEffects e = effects.get(i);
            System.arraycopy(Algo.txIdBytes(e.txId()), 0, txids, 32 * i, 32);
            confirmations.put(e.txId(), new Confirmed(round, e.createdApp(), e.createdAsset(),
                    e.assetClosingAmount()));
            if (e.paid() != null) {
                payments.put(e.txId(), e.paid());
            }
            if (e.appCall() != null) {
                calls.add(e.appCall());
            }
            if (e.optIn() != null) {
                optIns.add(e.optIn());
            }
            moves.addAll(e.assetMoves());
            if (e.unfollowable() != null) {
                skipped.add(new Skipped(i, e.txId(), e.unfollowable()));
            }
        }
        blocks.add(new Block(timestamp.toEpochMilli(), txids,
                calls.isEmpty() ? NO_CALLS : calls.toArray(NO_CALLS),
                optIns.isEmpty() ? NO_OPT_INS : optIns.toArray(NO_OPT_INS),
                skipped.isEmpty() ? NO_SKIPS : skipped.toArray(NO_SKIPS),
                moves.isEmpty() ? NO_MOVES : moves.toArray(NO_MOVES)));
    }

    Optional<TxConfirmation> confirmation(TxId txId) {
        Confirmed c = confirmations.get(txId);
        return c == null ? Optional.empty() : Optional.of(new TxConfirmation(Round.of(c.round),
                c.createdApp == 0 ? null : AppId.of(c.createdApp),
                c.createdAsset == 0 ? null : AssetId.of(c.createdAsset), c.assetClosingAmount));
    }

    Optional<Chain.ConfirmedPayment> payment(TxId txId) {
        TxnEffects.Paid paid = payments.get(txId);
        return paid == null ? Optional.empty() : Optional.of(new Chain.ConfirmedPayment(txId,
                Round.of(confirmations.get(txId).round), paid.sender(), paid.receiver(), MicroAlgos.of(paid.amount()),
                paid.note()));
    }

    boolean isConfirmed(TxId txId) {
        return confirmations.containsKey(txId);
    }

    Optional<AppCallResult> appCall(TxId txId) {
        Confirmed c = confirmations.get(txId);
        if (c == null) {
            return Optional.empty();
        }
        return Arrays.stream(blocks.get((int) c.round).appCalls).filter(a -> a.txId().equals(txId)).findFirst();
    }

    Optional<BlockEvents> events(long round) {
        if (round < 0 || round > latestRound()) {
            return Optional.empty();
        }
        Block block = blocks.get((int) round);
        Map<TxId, Integer> indexes = new HashMap<>();
        if (block.appCalls.length > 0) {
            List<TxId> txIds = txIds(round);
            for (int i = 0; i < txIds.size(); i++) {
                indexes.put(txIds.get(i), i);
            }
        }
        List<AppCall> calls = Arrays.stream(block.appCalls).map(a -> new AppCall(a.txId(), a.app(), a.sender(),
                a.logs(), indexes.getOrDefault(a.txId(), -1))).toList();
        return Optional.of(new BlockEvents(Round.of(round), Instant.ofEpochMilli(block.timestampMillis), calls,
                List.of(block.optIns), List.of(block.skipped), List.of(block.moves)));
    }

    /** The txids of a block, in order. */
    List<TxId> txIds(long round) {
        byte[] txids = blocks.get((int) round).txids;
        List<TxId> ids = new ArrayList<>(txids.length / 32);
        for (int i = 0; i < txids.length; i += 32) {
            ids.add(TxId.fromHash(Arrays.copyOfRange(txids, i, i + 32)));
        }
        return ids;
    }

    private record Block(long timestampMillis, byte[] txids, AppCallResult[] appCalls, OptIn[] optIns,
                         Skipped[] skipped, AssetMove[] moves) {
    }

    private record Confirmed(long round, long createdApp, long createdAsset, long assetClosingAmount) {
    }
}
