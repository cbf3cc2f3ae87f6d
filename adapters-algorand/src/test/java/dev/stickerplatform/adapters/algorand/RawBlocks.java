package dev.stickerplatform.adapters.algorand;

import com.algorand.algosdk.util.Encoder;
import com.algorand.algosdk.v2.client.model.AppCallLogs;
import com.algorand.algosdk.v2.client.model.BlockLogsResponse;
import dev.stickerplatform.domain.model.TxId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.msgpack.core.MessagePack;
import org.msgpack.value.Value;

/**
 * What algod answers about a block it holds as bytes: {@code /logs} as go-algorand builds it — for each top-level
 * transaction, every application call in pre-order (the outer call, then its inner calls, depth first) that logged
 * something, under the outer transaction's id and the call's own app id ({@code txn.apid}, or the apply data's
 * {@code apid} for a creation). Logs are read from the raw msgpack strings, byte for byte (they need not be UTF-8).
 */
public final class RawBlocks {
    private RawBlocks() {
    }

    public static BlockLogsResponse logs(byte[] body) {
        try {
            Map<?, ?> decoded = Encoder.decodeFromMsgPack(body, Map.class);
            Map<?, ?> block = (Map<?, ?>) decoded.get("block");
            Value raw = field(MessagePack.newDefaultUnpacker(body).unpackValue(), "block");
            BlockLogsResponse response = new BlockLogsResponse();
            List<?> txns = block.get("txns") instanceof List<?> list ? list : List.of();
            Value rawTxns = field(raw, "txns");
            for (int i = 0; i < txns.size(); i++) {
                List<AppCallLogs> logs = new ArrayList<>();
                try {
                    Map<?, ?> stib = (Map<?, ?>) txns.get(i);
                    TxId txId = TxIds.ofBlockTxn((Map<?, ?>) stib.get("txn"),
                            Boolean.TRUE.equals(stib.get("hgi")) ? (String) block.get("gen") : null,
                            (byte[]) block.get("gh"));
                    collect(rawTxns.asArrayValue().get(i), txId, logs);
                } catch (RuntimeException malformed) {
                    continue;   // a node never writes such a transaction; tests do, to see the reader skip it
                }
                response.logs.addAll(logs);
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(Value withApplyData, TxId outer, List<AppCallLogs> into) {
        Value dt = field(withApplyData, "dt");
        Value lg = field(dt, "lg");
        if (lg != null && lg.asArrayValue().size() > 0) {
            AppCallLogs entry = new AppCallLogs();
            entry.txId = outer.value();
            long app = uint(field(field(withApplyData, "txn"), "apid"));
            entry.applicationIndex = app != 0 ? app : uint(field(withApplyData, "apid"));
            entry.logs = new ArrayList<>();
            for (Value log : lg.asArrayValue()) {
                entry.logs.add(log.asRawValue().asByteArray());
            }
            into.add(entry);
        }
        Value itx = field(dt, "itx");
        if (itx != null) {
            for (Value inner : itx.asArrayValue()) {
                collect(inner, outer, into);
            }
        }
    }

    private static long uint(Value value) {
        return value == null ? 0 : value.asIntegerValue().asBigInteger().longValue();
    }

    private static Value field(Value map, String name) {
        if (map == null || !map.isMapValue()) {
            return null;
        }
        for (var entry : map.asMapValue().map().entrySet()) {
            if (entry.getKey().isStringValue() && entry.getKey().asStringValue().asString().equals(name)) {
                return entry.getValue();
            }
        }
        return null;
    }
}
