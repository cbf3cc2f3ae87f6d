package dev.stickerplatform.adapters.algorand;

import com.algorand.algosdk.v2.client.model.AppCallLogs;
import com.algorand.algosdk.v2.client.model.BlockLogsResponse;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.model.Uint64;
import dev.stickerplatform.domain.port.Chain.AppCall;
import dev.stickerplatform.domain.port.Chain.AssetMove;
import dev.stickerplatform.domain.port.Chain.BlockEvents;
import dev.stickerplatform.domain.port.Chain.OptIn;
import dev.stickerplatform.domain.port.Chain.Skipped;
import dev.stickerplatform.domain.port.Chain.TxStatus;
import dev.stickerplatform.domain.port.ChainUnavailableException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One round as the platform follows it, in at most two requests whatever the number of apps: the block (msgpack:
 * its top-level transactions with their apply data) and, only when the block holds application calls, the block's
 * logs. algod lists the logs of inner calls too, under the id of the outer transaction; only the entry of the
 * top-level call itself is kept (same txid, same app id; an app cannot call itself, so that pair is unique), so a
 * wrapper app calling a TipProxy from an inner transaction can never pass its logs off as a tip.
 *
 * <p>Anyone writes the transactions of a block, so each one is read on its own ({@link BlockTxn}): one that cannot
 * be interpreted is listed in {@link BlockEvents#skipped()} and the others still count. Only a block whose own
 * structure is broken (no genesis, no timestamp, a payset that is not a list) fails as a whole, and is read again.
 */
final class AlgodBlocks {
    private final AlgodCalls calls;

    AlgodBlocks(AlgodCalls calls) {
        this.calls = calls;
    }

    /** The raw block of {@code round}, empty on 404 (not produced yet, or no longer held by this node). */
    Optional<Map<String, Object>> fetch(Round round) {
        return calls.find("block " + round, c -> c.GetBlock(round.value()).execute()).map(b -> b.block);
    }

    BlockEvents events(Round round, Map<String, Object> block) {
        BlockHeader header = BlockHeader.of(block);
        List<AppCall> appCalls = new ArrayList<>();
        List<OptIn> optIns = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        List<AssetMove> moves = new ArrayList<>();
        List<?> payset = header.payset();
        for (int i = 0; i < payset.size(); i++) {
            TxId txId = null;
            try {
                BlockTxn txn = BlockTxn.read(i, payset.get(i), header);
                txId = txn.txId();
                follow(txn, appCalls, optIns, moves);
            } catch (RuntimeException e) {
                skipped.add(new Skipped(i, txId, reason(e)));
            }
        }
        Instant timestamp = Instant.ofEpochSecond(header.timestamp());
        return new BlockEvents(round, timestamp, appCalls.isEmpty() ? appCalls : withLogs(round, appCalls), optIns,
                skipped, moves);
    }

    /**
     * The events the platform follows in one transaction: an app call (a creation counts under the id its apply
     * data gives; without one it is nobody's), an opt-in, and asset units moving: a transfer or clawback, then a
     * close-out's remainder, which the apply data reports ({@code aca}; algod omits it when nothing was left),
     * also from the inner transactions of an app call. An asset transfer's amount must fit the platform's signed 64-bit values:
     * a larger one (valid on Algorand) is never a sticker's, and is listed as skipped so an operator sees it.
     */
    private static void follow(BlockTxn txn, List<AppCall> appCalls, List<OptIn> optIns, List<AssetMove> moves) {
        switch (txn.type()) {
            case "appl" -> {
                long app = txn.appId() != 0 ? txn.appId() : txn.createdApp();
                if (app != 0) {
                    appCalls.add(new AppCall(txn.txId(), AppId.of(Uint64.toSigned(app, "app id")), txn.sender(),
                            List.of(), txn.index()));
                }
                innerMoves(txn.txId(), txn.inner(), moves);
            }
            case "axfer" -> {
                Uint64.toSigned(txn.assetAmount(), "asset amount");
                Uint64.toSigned(txn.assetClosingAmount(), "asset closing amount");
                AssetId asset = AssetId.of(Uint64.toSigned(txn.assetId(), "asset id"));
                if (txn.isOptIn()) {
                    optIns.add(new OptIn(txn.txId(), asset, txn.sender()));
                } else {
                    transferMoves(txn.txId(), asset, txn, moves);
                }
            }
            default -> {
                // payments, asset configurations, key registrations, state proofs, types yet unknown: not followed
            }
        }
    }

    /** A transfer or clawback of units, then a close-out: what the sender still held goes to the close-to account. */
    private static void transferMoves(TxId txId, AssetId asset, BlockTxn txn, List<AssetMove> moves) {
        if (txn.assetAmount() > 0 && txn.assetReceiver() != null) {
            moves.add(new AssetMove(txId, asset, txn.assetSender() != null ? txn.assetSender() : txn.sender(),
                    txn.assetReceiver(), txn.assetAmount()));
        }
        if (txn.assetCloseTo() != null && txn.assetClosingAmount() != 0) {
            moves.add(new AssetMove(txId, asset, txn.sender(), txn.assetCloseTo(), txn.assetClosingAmount()));
        }
    }

    /**
     * The asset moves of an app call's inner transactions, in the order they ran (an app escrow handing a sticker
     * to its buyer), under the top-level txid. Amounts beyond the platform's signed 64-bit values are never a
     * sticker's (one unit): such an inner transfer is passed over, the rest of the call still counts.
     */
    private static void innerMoves(TxId txId, List<BlockTxn> inner, List<AssetMove> moves) {
        for (BlockTxn txn : inner) {
            if ("axfer".equals(txn.type()) && !txn.isOptIn() && txn.assetId() > 0 && txn.assetAmount() >= 0
                    && txn.assetClosingAmount() >= 0) {
                transferMoves(txId, AssetId.of(txn.assetId()), txn, moves);
            }
            innerMoves(txId, txn.inner(), moves);
        }
    }

    /** Whether {@code txId} is in {@code block}, with the app or asset it created. */
    Optional<TxStatus.Confirmed> confirmation(Round round, Map<String, Object> block, TxId txId) {
        BlockHeader header = BlockHeader.of(block);
        List<?> payset = header.payset();
        for (int i = 0; i < payset.size(); i++) {
            BlockTxn txn;
            try {
                txn = BlockTxn.read(i, payset.get(i), header);
            } catch (RuntimeException e) {
                continue;   // a transaction the reader cannot interpret is not the platform's own
            }
            if (txn.txId().equals(txId)) {
                long app = txn.createdApp();
                long asset = txn.createdAsset();
                return Optional.of(new TxStatus.Confirmed(txId, round,
                        app == 0 ? null : AppId.of(Uint64.toSigned(app, "app id")),
                        asset == 0 ? null : AssetId.of(Uint64.toSigned(asset, "asset id"))));
            }
        }
        return Optional.empty();
    }

    private List<AppCall> withLogs(Round round, List<AppCall> appCalls) {
        BlockLogsResponse response = calls.get("logs of block " + round, c -> c.GetBlockLogs(round.value()).execute());
        Map<String, List<byte[]>> topLevel = new HashMap<>();
        for (AppCallLogs logs : response.logs == null ? List.<AppCallLogs>of() : response.logs) {
            // the first entry for (outer txid, app) is the outer call's own: inner calls come after it
            topLevel.putIfAbsent(logs.txId + "/" + logs.applicationIndex, logs.logs == null ? List.of() : logs.logs);
        }
        return appCalls.stream().map(call -> new AppCall(call.txId(), call.app(), call.sender(),
                topLevel.getOrDefault(call.txId() + "/" + call.app().value(), List.of()), call.index())).toList();
    }

    private static String reason(RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return e instanceof IllegalArgumentException || e instanceof ChainUnavailableException ? message
                : e.getClass().getSimpleName() + ": " + message;
    }
}
