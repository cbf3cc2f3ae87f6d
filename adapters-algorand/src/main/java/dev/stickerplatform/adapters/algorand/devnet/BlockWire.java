package dev.stickerplatform.adapters.algorand.devnet;

import static dev.stickerplatform.adapters.algorand.devnet.AlgodWire.json;

import com.algorand.algosdk.v2.client.model.AppCallLogs;
import com.algorand.algosdk.v2.client.model.BlockLogsResponse;
import com.algorand.algosdk.v2.client.model.BlockTxidsResponse;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.stickerplatform.adapters.algorand.devnet.AlgodWire.Reply;
import dev.stickerplatform.adapters.algorand.simulated.AppCallResult;
import dev.stickerplatform.adapters.algorand.simulated.InnerPayment;
import dev.stickerplatform.adapters.algorand.simulated.SimulatedLedger;
import dev.stickerplatform.adapters.algorand.simulated.TxConfirmation;
import dev.stickerplatform.domain.model.Hashes;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.TxId;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.msgpack.core.MessageBufferPacker;
import org.msgpack.core.MessagePack;
import org.msgpack.value.Value;
import org.msgpack.value.ValueFactory;

/**
 * Blocks as algod serves them. {@code GET /v2/blocks/{r}?format=msgpack}: {@code {"block": header + "txns",
 * "cert": ...}} with every top-level transaction as a SignedTxnInBlock (the signed transaction without its genesis
 * hash, and without its genesis id but {@code "hgi": true}; apply data: created ids {@code apid}/{@code caid}, a
 * close-out's remainder {@code aca}, logs
 * as raw msgpack strings and inner payments under {@code dt}). {@code /logs}: app-call logs in pre-order, keyed by
 * the outer txid. {@code /txids}: the top-level txids.
 */
final class BlockWire {
    private static final JsonFactory JSON_FACTORY = new JsonFactory();
    private static final List<String> SIGNATURE_FIELDS = List.of("lsig", "msig", "sgnr", "sig");

    private BlockWire() {
    }

    static Reply block(AlgodNode node, long round) throws IOException {
        SimulatedLedger ledger = node.ledger();
        Round r = Round.of(round);
        Map<String, Value> header = new TreeMap<>();
        header.put("fees", bin(digest("fee sink")));
        header.put("gen", ValueFactory.newString(ledger.genesisId()));
        header.put("gh", bin(Base64.getDecoder().decode(ledger.genesisHash())));
        header.put("prev", bin(digest("block " + (round - 1))));
        header.put("proto", ValueFactory.newString(AlgodWire.CONSENSUS));
        if (round > 0) {
            header.put("rnd", ValueFactory.newInteger(round));
        }
        header.put("rwcalr", ValueFactory.newInteger(500_000));
        header.put("rwd", bin(digest("rewards pool")));
        header.put("seed", bin(digest("seed " + round)));
        // state proof tracking is keyed by an integer: decoders must cope with non-string keys
        header.put("spt", ValueFactory.newMap(Map.of(ValueFactory.newInteger(0),
                map(new TreeMap<>(Map.of("n", ValueFactory.newInteger(512)))))));
        header.put("tc", ValueFactory.newInteger(1000 + round));
        header.put("ts", ValueFactory.newInteger(ledger.block(r).orElseThrow().timestamp().getEpochSecond()));
        header.put("txn", bin(digest("payset " + round)));
        header.put("txn256", bin(Hashes.sha256(("payset " + round).getBytes(StandardCharsets.US_ASCII))));
        List<Value> payset = new ArrayList<>();
        for (TxId txId : ledger.blockTxIds(r)) {
            payset.add(inBlock(node, txId));
        }
        if (!payset.isEmpty()) {
            header.put("txns", ValueFactory.newArray(payset));
        }
        Map<String, Value> response = new TreeMap<>();
        response.put("block", map(header));
        response.put("cert", map(new TreeMap<>(Map.of("rnd", ValueFactory.newInteger(round),
                "step", ValueFactory.newInteger(2)))));
        try (MessageBufferPacker packer = MessagePack.newDefaultBufferPacker()) {
            packer.packValue(map(response));
            return new Reply(200, AlgodWire.MSGPACK, packer.toByteArray(), Map.of("X-Algorand-Struct", "block-v1"));
        }
    }

    /**
     * {@code GET /v2/blocks/{r}} without {@code format=msgpack}: the same block as JSON, as algod's codec writes it
     * (byte strings in base64, everything else as is).
     */
    static Reply blockJson(AlgodNode node, long round) throws IOException {
        Reply packed = block(node, round);
        Value value = MessagePack.newDefaultUnpacker(packed.body()).unpackValue();
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        try (JsonGenerator out = JSON_FACTORY.createGenerator(json)) {
            writeJson(value, out);
        }
        return new Reply(200, AlgodWire.JSON, json.toByteArray());
    }

    /** Writes {@code value} with Jackson, which does all the quoting and escaping. */
    private static void writeJson(Value value, JsonGenerator out) throws IOException {
        switch (value.getValueType()) {
            case NIL -> out.writeNull();
            case BOOLEAN -> out.writeBoolean(value.asBooleanValue().getBoolean());
            case INTEGER -> out.writeNumber(value.asIntegerValue().toBigInteger());
            case FLOAT -> out.writeNumber(value.asFloatValue().toDouble());
            case BINARY -> out.writeString(Base64.getEncoder().encodeToString(value.asBinaryValue().asByteArray()));
            case STRING -> {
                var text = value.asStringValue();
                // Go strings holding raw bytes (logs) come out base64, like algod's byte slices
                out.writeString(text.isRawValue() && !isUtf8(text.asByteArray()) ? Base64.getEncoder()
                        .encodeToString(text.asByteArray()) : text.toString());
            }
            case ARRAY -> {
                out.writeStartArray();
                for (Value item : value.asArrayValue()) {
                    writeJson(item, out);
                }
                out.writeEndArray();
            }
            case MAP -> {
                out.writeStartObject();
                for (Map.Entry<Value, Value> entry : value.asMapValue().entrySet()) {
                    Value key = entry.getKey();
                    out.writeFieldName(key.isStringValue() ? key.asStringValue().toString() : key.toString());
                    writeJson(entry.getValue(), out);
                }
                out.writeEndObject();
            }
            default -> out.writeNull();
        }
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    /** Every app call's logs in block order, then what a test forged for inner calls right after their outer call. */
    static Reply logs(AlgodNode node, long round) {
        BlockLogsResponse response = new BlockLogsResponse();
        List<AppCallLogs> extra = new ArrayList<>(node.extraLogs(round));
        for (TxId txId : node.ledger().blockTxIds(Round.of(round))) {
            node.ledger().appCall(txId).filter(call -> !call.logs().isEmpty()).ifPresent(call -> {
                AppCallLogs own = new AppCallLogs();
                own.applicationIndex = call.app().value();
                own.txId = txId.value();
                own.logs = new ArrayList<>(call.logs());
                response.logs.add(own);
            });
            extra.stream().filter(e -> e.txId.equals(txId.value())).forEach(response.logs::add);
            extra.removeIf(e -> e.txId.equals(txId.value()));
        }
        response.logs.addAll(extra);
        return json(response);
    }

    static Reply txids(AlgodNode node, long round) {
        BlockTxidsResponse response = new BlockTxidsResponse();
        node.ledger().blockTxIds(Round.of(round)).forEach(id -> response.blockTxids.add(id.value()));
        return json(response);
    }

    /** The signed transaction as the block stores it, with its apply data. */
    private static Value inBlock(AlgodNode node, TxId txId) throws IOException {
        byte[] signed = node.signedBytes(txId).orElseThrow(() ->
                new IllegalStateException(txId + " reached the ledger without passing through the algod double"));
        Map<String, Value> stx = fields(MessagePack.newDefaultUnpacker(signed).unpackValue());
        Map<String, Value> txn = fields(stx.get("txn"));
        boolean hadGenesisId = txn.remove("gen") != null;
        txn.remove("gh");
        Map<String, Value> stib = new TreeMap<>();
        SIGNATURE_FIELDS.stream().filter(stx::containsKey).forEach(f -> stib.put(f, stx.get(f)));
        stib.put("txn", map(txn));
        if (hadGenesisId) {
            stib.put("hgi", ValueFactory.newBoolean(true));
        }
        TxConfirmation confirmation = node.ledger().confirmation(txId).orElseThrow();
        if (confirmation.createdApp() != null) {
            stib.put("apid", ValueFactory.newInteger(confirmation.createdApp().value()));
        }
        if (confirmation.createdAsset() != null) {
            stib.put("caid", ValueFactory.newInteger(confirmation.createdAsset().value()));
        }
        if (confirmation.assetClosingAmount() != 0) {
            // ApplyData.AssetClosingAmount: the units a close-out moved to "aclose" (a uint64, omitted when 0)
            stib.put("aca", ValueFactory.newInteger(new java.math.BigInteger(
                    Long.toUnsignedString(confirmation.assetClosingAmount()))));
        }
        node.ledger().appCall(txId).map(BlockWire::evalDelta).filter(dt -> !dt.isEmpty())
                .ifPresent(dt -> stib.put("dt", map(dt)));
        return map(stib);
    }

    private static TreeMap<String, Value> evalDelta(AppCallResult call) {
        TreeMap<String, Value> dt = new TreeMap<>();
        if (!call.logs().isEmpty()) {
            // Go keeps logs as strings: raw bytes in msgpack str, not necessarily UTF-8
            dt.put("lg", ValueFactory.newArray(call.logs().stream().map(l -> (Value) ValueFactory.newString(l))
                    .toList()));
        }
        if (!call.innerPayments().isEmpty()) {
            dt.put("itx", ValueFactory.newArray(call.innerPayments().stream().map(BlockWire::innerPayment).toList()));
        }
        return dt;
    }

    private static Value innerPayment(InnerPayment payment) {
        TreeMap<String, Value> txn = new TreeMap<>();
        if (payment.amount() > 0) {
            txn.put("amt", ValueFactory.newInteger(payment.amount()));
        }
        if (payment.fee() > 0) {
            txn.put("fee", ValueFactory.newInteger(payment.fee()));
        }
        if (payment.closeRemainderTo() != null) {
            txn.put("close", bin(payment.closeRemainderTo().publicKey()));
        }
        txn.put("rcv", bin(payment.receiver().publicKey()));
        txn.put("snd", bin(payment.sender().publicKey()));
        txn.put("type", ValueFactory.newString("pay"));
        return map(new TreeMap<>(Map.of("txn", map(txn))));
    }

    private static Map<String, Value> fields(Value map) {
        Map<String, Value> fields = new TreeMap<>();
        map.asMapValue().map().forEach((k, v) -> fields.put(k.asStringValue().asString(), v));
        return fields;
    }

    private static Value map(Map<String, Value> sorted) {
        Map<Value, Value> entries = new LinkedHashMap<>();
        new TreeMap<>(sorted).forEach((k, v) -> entries.put(ValueFactory.newString(k), v));
        return ValueFactory.newMap(entries);
    }

    private static Value bin(byte[] bytes) {
        return ValueFactory.newBinary(bytes);
    }

    private static byte[] digest(String label) {
        return Hashes.sha512_256(label.getBytes(StandardCharsets.US_ASCII));
    }
}
