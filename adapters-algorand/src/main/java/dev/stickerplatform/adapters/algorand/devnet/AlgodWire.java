package dev.stickerplatform.adapters.algorand.devnet;

import com.algorand.algosdk.transaction.SignedTransaction;
import com.algorand.algosdk.util.Encoder;
import com.algorand.algosdk.v2.client.common.Utils;
import com.algorand.algosdk.v2.client.model.BuildVersion;
import com.algorand.algosdk.v2.client.model.CompileResponse;
import com.algorand.algosdk.v2.client.model.ErrorResponse;
import com.algorand.algosdk.v2.client.model.NodeStatusResponse;
import com.algorand.algosdk.v2.client.model.PendingTransactionResponse;
import com.algorand.algosdk.v2.client.model.PostTransactionsResponse;
import com.algorand.algosdk.v2.client.model.TransactionParametersResponse;
import com.algorand.algosdk.v2.client.model.Version;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.stickerplatform.adapters.algorand.simulated.SimulatedLedger;
import dev.stickerplatform.adapters.algorand.simulated.TxConfirmation;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.Hashes;
import dev.stickerplatform.domain.model.TxId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * algod's answers, built from algosdk's own model classes and written as algod writes them: JSON with absent
 * optional fields left out, msgpack where algosdk asks for it ({@code format=msgpack}), errors as
 * {@code {"message": ...}}. Field choices follow algod's handlers and the algorand-sdk-testing response fixtures.
 */
public final class AlgodWire {
    /** algod finds a committed transaction by id only this many rounds back. */
    static final long LOOKUP_ROUNDS = 1000;
    static final String CONSENSUS =
            "https://github.com/algorandfoundation/specs/tree/236dcc18c9c507d794813ab768e467ea42d1b4d9";
    static final String JSON = "application/json; charset=UTF-8";
    static final String MSGPACK = "application/msgpack";

    private AlgodWire() {
    }

    /** One HTTP answer. */
    public record Reply(int status, String contentType, byte[] body, Map<String, String> headers) {
        public Reply(int status, String contentType, byte[] body) {
            this(status, contentType, body, Map.of());
        }
    }

    static Reply json(Object model) {
        try {
            return new Reply(200, JSON, Utils.jsonWriter.writeValueAsBytes(model));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Reply msgpack(Object model) {
        try {
            return new Reply(200, MSGPACK, Utils.msgpWriter.writeValueAsBytes(model));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Reply error(int status, String message) {
        ErrorResponse error = new ErrorResponse();
        error.message = message;
        return new Reply(status, JSON, json(error).body());
    }

    static Reply versions(SimulatedLedger ledger) {
        BuildVersion build = new BuildVersion();
        build.branch = "rel/stable";
        build.build_number = 1L;
        build.channel = "stable";
        build.commit_hash = "f0dbbd16";
        build.major = 4L;
        build.minor = 0L;
        Version version = new Version();
        version.build = build;
        version.genesis_id = ledger.genesisId();
        version.genesis_hash_b64 = Base64.getDecoder().decode(ledger.genesisHash());
        version.versions = List.of("v2");
        return json(version);
    }

    static NodeStatusResponse status(SimulatedLedger ledger) {
        NodeStatusResponse status = new NodeStatusResponse();
        status.lastRound = ledger.currentRound().value();
        status.lastVersion = CONSENSUS;
        status.nextVersion = CONSENSUS;
        status.nextVersionRound = status.lastRound + 1;
        status.nextVersionSupported = true;
        status.stoppedAtUnsupportedRound = false;
        status.timeSinceLastRound = ledger.block(ledger.currentRound())
                .map(b -> Math.max(0, java.time.Duration.between(b.timestamp(), java.time.Instant.now()).toNanos()))
                .orElse(0L);
        status.catchupTime = 0L;
        status.catchpoint = "";
        status.lastCatchpoint = "";
        return status;
    }

    static Reply params(AlgodNode node) {
        TransactionParametersResponse params = new TransactionParametersResponse();
        params.consensusVersion = CONSENSUS;
        params.fee = node.feePerByte();
        params.genesisHash = Base64.getDecoder().decode(node.ledger().genesisHash());
        params.genesisId = node.ledger().genesisId();
        params.lastRound = node.ledger().currentRound().value();
        params.minFee = SimulatedLedger.MIN_FEE;
        return json(params);
    }

    static Reply posted(TxId first) {
        PostTransactionsResponse posted = new PostTransactionsResponse();
        posted.txId = first.value();
        return json(posted);
    }

    static Reply compiled(byte[] program) {
        CompileResponse compiled = new CompileResponse();
        compiled.hash = Address.fromPublicKey(Hashes.sha512_256("Program".getBytes(StandardCharsets.US_ASCII),
                program)).value();
        compiled.result = Base64.getEncoder().encodeToString(program);
        return json(compiled);
    }

    /**
     * {@code GET /v2/transactions/pending/{txid}}: in the pool, or committed within the last 1000 rounds (algod's
     * lookback), else 404.
     */
    static Reply pending(AlgodNode node, TxId txId, boolean asMsgpack) {
        SimulatedLedger ledger = node.ledger();
        long latest = ledger.currentRound().value();
        Optional<TxConfirmation> confirmation = ledger.confirmation(txId)
                .filter(c -> c.round().value() >= latest - LOOKUP_ROUNDS);
        Optional<String> poolError = node.poolError(txId).filter(e -> confirmation.isEmpty());
        if (confirmation.isEmpty() && !ledger.isPending(txId) && poolError.isEmpty()) {
            return error(404, "couldn't find the required transaction in the required range");
        }
        PendingTransactionResponse info = new PendingTransactionResponse();
        info.poolError = poolError.orElse("");
        info.txn = node.signedBytes(txId).map(AlgodWire::signed).orElse(null);
        info.globalStateDelta = null;
        info.localStateDelta = null;
        info.innerTxns = null;
        info.logs = null;
        confirmation.ifPresent(c -> {
            info.confirmedRound = c.round().value();
            info.closingAmount = 0L;
            info.assetClosingAmount = 0L;
            info.senderRewards = 0L;
            info.receiverRewards = 0L;
            info.closeRewards = 0L;
            info.applicationIndex = c.createdApp() == null ? null : c.createdApp().value();
            info.assetIndex = c.createdAsset() == null ? null : c.createdAsset().value();
            ledger.appCall(txId).filter(call -> !call.logs().isEmpty())
                    .ifPresent(call -> info.logs = new ArrayList<>(call.logs()));
        });
        return asMsgpack ? msgpack(info) : json(info);
    }

    /** {@code GET /genesis}: the genesis document, its one allocation the (keyless) genesis reserve. */
    static Reply genesis(SimulatedLedger ledger) {
        String body = "{\"alloc\":[{\"addr\":\"" + SimulatedLedger.DISPENSER.value()
                + "\",\"comment\":\"genesis reserve\",\"state\":{\"algo\":10000000000000000,\"onl\":2}}],"
                + "\"fees\":\"" + SimulatedLedger.DISPENSER.value() + "\",\"id\":\"v1\",\"network\":\""
                + ledger.genesisId().replace("-v1", "") + "\",\"proto\":\"" + CONSENSUS + "\",\"rwd\":\""
                + SimulatedLedger.DISPENSER.value() + "\",\"timestamp\":"
                + ledger.block(dev.stickerplatform.domain.model.Round.of(0)).orElseThrow().timestamp().getEpochSecond()
                + "}";
        return new Reply(200, JSON, body.getBytes(StandardCharsets.UTF_8));
    }

    static SignedTransaction signed(byte[] bytes) {
        try {
            return Encoder.decodeFromMsgPack(bytes, SignedTransaction.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
