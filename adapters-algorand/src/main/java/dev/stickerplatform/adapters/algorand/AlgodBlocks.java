package dev.stickerplatform.adapters.algorand;

import com.algorand.algosdk.v2.client.model.AppCallLogs;
import com.algorand.algosdk.v2.client.model.BlockLogsResponse;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.Chain.AppCall;
import dev.stickerplatform.domain.port.Chain.BlockEvents;
import dev.stickerplatform.domain.port.Chain.AssetMove;
import dev.stickerplatform.domain.port.Chain.OptIn;
import dev.stickerplatform.domain.port.Chain.TxStatus;
import dev.stickerplatform.domain.port.ChainUnavailableException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
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
        String genesisId = (String) block.get("gen");
        byte[] genesisHash = (byte[]) block.get("gh");
        List<AppCall> appCalls = new ArrayList<>();
        List<OptIn> optIns = new ArrayList<>();
        List<AssetMove> moves = new ArrayList<>();
        for (Object entry : payset(block)) {
            Map<?, ?> stib = (Map<?, ?>) entry;
            Map<?, ?> txn = (Map<?, ?>) stib.get("txn");
            Object type = txn.get("type");
            if ("appl".equals(type)) {
                long app = number(txn.get("apid")) != 0 ? number(txn.get("apid")) : number(stib.get("apid"));
                appCalls.add(new AppCall(txId(stib, genesisId, genesisHash), AppId.of(app), address(txn.get("snd")),
                        List.of()));
            } else if ("axfer".equals(type) && isOptIn(txn)) {
                optIns.add(new OptIn(txId(stib, genesisId, genesisHash), AssetId.of(number(txn.get("xaid"))),
                        address(txn.get("snd"))));
            } else if ("axfer".equals(type)) {
                addMoves(moves, txId(stib, genesisId, genesisHash), stib, txn);
            }
        }
        Instant timestamp = Instant.ofEpochSecond(number(block.get("ts")));
        return new BlockEvents(round, timestamp, appCalls.isEmpty() ? appCalls : withLogs(round, appCalls), optIns,
                moves);
    }

    /** Whether {@code txId} is in {@code block}, with the app or asset it created. */
    Optional<TxStatus.Confirmed> confirmation(Round round, Map<String, Object> block, TxId txId) {
        for (Object entry : payset(block)) {
            Map<?, ?> stib = (Map<?, ?>) entry;
            if (txId(stib, (String) block.get("gen"), (byte[]) block.get("gh")).equals(txId)) {
                long app = number(stib.get("apid"));
                long asset = number(stib.get("caid"));
                return Optional.of(new TxStatus.Confirmed(txId, round, app == 0 ? null : AppId.of(app),
                        asset == 0 ? null : AssetId.of(asset)));
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
                topLevel.getOrDefault(call.txId() + "/" + call.app().value(), List.of()))).toList();
    }

    /**
     * The units an asset transfer moved: its amount from the sender (or, for a clawback, the revoked account) to the
     * receiver, and for a close-out the remainder ({@code aca} in the apply data) to the close-to account.
     */
    private static void addMoves(List<AssetMove> moves, TxId txId, Map<?, ?> stib, Map<?, ?> txn) {
        AssetId asset = AssetId.of(number(txn.get("xaid")));
        Address from = address(txn.get("asnd") != null ? txn.get("asnd") : txn.get("snd"));
        long amount = number(txn.get("aamt"));
        if (amount > 0) {
            moves.add(new AssetMove(txId, asset, from, address(txn.get("arcv")), amount));
        }
        long closing = number(stib.get("aca"));
        if (txn.get("aclose") != null && closing > 0) {
            moves.add(new AssetMove(txId, asset, from, address(txn.get("aclose")), closing));
        }
    }

    /** A zero transfer of an asset from an account to itself, neither clawback nor close-out. */
    private static boolean isOptIn(Map<?, ?> txn) {
        return number(txn.get("aamt")) == 0 && txn.get("asnd") == null && txn.get("aclose") == null
                && txn.get("arcv") instanceof byte[] receiver && Arrays.equals(receiver, (byte[]) txn.get("snd"));
    }

    private static TxId txId(Map<?, ?> stib, String genesisId, byte[] genesisHash) {
        Map<?, ?> txn = (Map<?, ?>) stib.get("txn");
        return TxIds.ofBlockTxn(txn, Boolean.TRUE.equals(stib.get("hgi")) ? genesisId : null, genesisHash);
    }

    private static List<?> payset(Map<String, Object> block) {
        return block.get("txns") instanceof List<?> txns ? txns : List.of();
    }

    private static Address address(Object raw) {
        if (!(raw instanceof byte[] key) || key.length != 32) {
            throw new ChainUnavailableException("algod sent a block with a malformed address");
        }
        return Address.fromPublicKey(key);
    }

    /** msgpack integers decode as Integer, Long or BigInteger; absent means 0 (canonical encoding omits zeros). */
    private static long number(Object raw) {
        return switch (raw) {
            case null -> 0;
            case BigInteger big -> big.longValueExact();
            case Number n -> n.longValue();
            default -> throw new ChainUnavailableException("algod sent a block with a malformed number: " + raw);
        };
    }
}
