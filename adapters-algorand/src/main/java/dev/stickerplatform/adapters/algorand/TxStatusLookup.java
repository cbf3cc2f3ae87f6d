package dev.stickerplatform.adapters.algorand;

import com.algorand.algosdk.v2.client.model.BlockTxidsResponse;
import com.algorand.algosdk.v2.client.model.PendingTransactionResponse;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.Chain.TxStatus;
import dev.stickerplatform.domain.port.ChainUnavailableException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The fate of a transaction, from algod's pending-transaction lookup, with {@link TxStatus.Dead} only when it is
 * proven. algod's lookup finds a transaction in its pool, or committed within the last {@value #LOOKUP_ROUNDS}
 * rounds only; a transaction may have been valid (and committed) up to {@value #LOOKUP_ROUNDS} rounds before its
 * last valid round. So once the chain is past {@code lastValid}, the rounds the lookup no longer covers are read
 * block by block (their txid lists) before anything is called dead: a write confirmed long ago must never be
 * rebuilt, which would mint or deliver twice. A round the node no longer holds makes the question unanswerable
 * here: {@link ChainUnavailableException}, not a guess.
 */
final class TxStatusLookup {
    /** How far back algod's lookup searches committed blocks: the protocol's MaxTxnLife, also the widest window. */
    static final long LOOKUP_ROUNDS = 1000;

    private final AlgodCalls calls;
    private final AlgodBlocks blocks;
    private final Supplier<Round> currentRound;

    TxStatusLookup(AlgodCalls calls, AlgodBlocks blocks, Supplier<Round> currentRound) {
        this.calls = calls;
        this.blocks = blocks;
        this.currentRound = currentRound;
    }

    TxStatus status(TxId txId, Round lastValid) {
        // read before the lookup: if this round is past lastValid, every round the transaction could have been
        // committed in already existed when the lookup ran
        Round before = currentRound.get();
        Optional<PendingTransactionResponse> found = calls.find("pending transaction " + txId,
                c -> c.PendingTransactionInformation(txId.value()).execute());
        if (found.isPresent()) {
            PendingTransactionResponse info = found.get();
            if (info.confirmedRound != null && info.confirmedRound > 0) {
                return new TxStatus.Confirmed(txId, Round.of(info.confirmedRound), appId(info.applicationIndex),
                        assetId(info.assetIndex));
            }
            if (info.poolError == null || info.poolError.isEmpty()) {
                return new TxStatus.Pending(txId);
            }
            // dropped from the pool with an error: it confirms only if resubmitted, and only its window decides
        }
        if (!before.isAfter(lastValid)) {
            return new TxStatus.Pending(txId);
        }
        return olderConfirmation(txId, lastValid)
                .orElseGet(() -> new TxStatus.Dead(txId, lastValid, before));
    }

    /** Reads the rounds below the lookup's window in which the transaction could still have been committed. */
    private Optional<TxStatus> olderConfirmation(TxId txId, Round lastValid) {
        long latest = currentRound.get().value();
        long from = Math.max(1, lastValid.value() - LOOKUP_ROUNDS);
        long to = Math.min(lastValid.value(), latest - LOOKUP_ROUNDS - 1);
        for (long r = from; r <= to; r++) {
            Round round = Round.of(r);
            BlockTxidsResponse ids = calls.find("txids of block " + round, c -> c.GetBlockTxids(round.value())
                    .execute()).orElseThrow(() -> forgotten(txId, round));
            if (ids.blockTxids != null && ids.blockTxids.contains(txId.value())) {
                Map<String, Object> block = blocks.fetch(round).orElseThrow(() -> forgotten(txId, round));
                return Optional.of(blocks.confirmation(round, block, txId).orElseThrow(() ->
                        new ChainUnavailableException("algod lists " + txId + " in round " + round
                                + " but its block does not hold it")));
            }
        }
        return Optional.empty();
    }

    private static ChainUnavailableException forgotten(TxId txId, Round round) {
        return new ChainUnavailableException("cannot prove whether " + txId + " was confirmed: algod no longer "
                + "holds round " + round + " (a non-archival node keeps about " + LOOKUP_ROUNDS
                + " rounds); ask an archival node");
    }

    private static AppId appId(Long id) {
        return id == null || id == 0 ? null : AppId.of(id);
    }

    private static AssetId assetId(Long id) {
        return id == null || id == 0 ? null : AssetId.of(id);
    }
}
